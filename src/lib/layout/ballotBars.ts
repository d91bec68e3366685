/**
 * One recorded ballot as a bar across the chamber's seats: votes for from the left, then against, then
 * abstentions, then the seated deputies who did not vote, then any vacant seats, with a mark at the votes
 * the ballot needed. Positions are in seats (0 to `totalSeats`), so that every ballot's bar shares one scale;
 * the component maps seats to its own width.
 */

export type BallotSegmentKind = 'for' | 'against' | 'abstain' | 'notVoting' | 'vacant';

export interface BallotSegment {
	kind: BallotSegmentKind;
	/** Start, in seats from the left. */
	x: number;
	/** Length, in seats. */
	width: number;
}

export interface BallotBarInput {
	/** Deputies seated on the day. */
	seated: number;
	for: number;
	against: number;
	abstain: number;
	/** Votes the ballot needed to pass. */
	needed: number;
}

export interface BallotBar {
	/** The segments in order, empty ones left out. */
	segments: BallotSegment[];
	/** Where the votes needed to pass fall, in seats from the left: the bar for passes if it reaches here. */
	needed: number;
}

export function ballotBar(ballot: BallotBarInput, totalSeats: number): BallotBar {
	const lengths: [BallotSegmentKind, number][] = [
		['for', ballot.for],
		['against', ballot.against],
		['abstain', ballot.abstain],
		['notVoting', ballot.seated - ballot.for - ballot.against - ballot.abstain],
		['vacant', totalSeats - ballot.seated]
	];
	const segments: BallotSegment[] = [];
	let x = 0;
	for (const [kind, width] of lengths) {
		if (width < 0) throw new Error(`ballot bar: "${kind}" would be ${width} seats long`);
		if (width > 0) segments.push({ kind, x, width });
		x += width;
	}
	return { segments, needed: ballot.needed };
}

/** Round-numbered ticks across the chamber, every `step` seats, ending with the full house. */
export function seatTicks(totalSeats: number, step = 100): number[] {
	const ticks: number[] = [];
	for (let tick = 0; tick < totalSeats; tick += step)
		if (totalSeats - tick >= step / 2 || tick === 0) ticks.push(tick);
	return [...ticks, totalSeats];
}
