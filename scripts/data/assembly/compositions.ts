/**
 * Which ballots give the recorded compositions: the first ballot of each calendar month whose groups are
 * all determined, and the ballot from which the newest composition has held unchanged up to the newest
 * such ballot (so that "since when" is known, not only "on the first of the month"). One composition per
 * day: when both fall on one day, the later ballot's (the one that held from then on) is kept.
 */
import type { RecordedComposition } from '../../../src/lib/data/schemas';
import { ImportError } from './errors';

/** The groups' sizes on one ballot: every group of assembly.json, in its order. */
export interface SeatsOnBallot {
	number: number;
	date: string;
	seats: Record<string, number>;
}

const sameSeats = (a: SeatsOnBallot, b: SeatsOnBallot) =>
	Object.keys(a.seats).length === Object.keys(b.seats).length &&
	Object.entries(a.seats).every(([group, n]) => b.seats[group] === n);

/** The ballots that give compositions, by number (see the module's comment). */
export function compositionBallots(ballots: readonly SeatsOnBallot[]): SeatsOnBallot[] {
	const ordered = ballots.toSorted((a, b) => a.number - b.number);
	const chosen = new Map<string, SeatsOnBallot>();
	const months = new Set<string>();
	for (const ballot of ordered) {
		const month = ballot.date.slice(0, 7);
		if (!months.has(month)) chosen.set(ballot.date, ballot);
		months.add(month);
	}
	let since = ordered.at(-1);
	for (let i = ordered.length - 2; i >= 0 && since && sameSeats(ordered[i]!, since); i--) since = ordered[i];
	if (since) chosen.set(since.date, since);
	return [...chosen.values()].toSorted((a, b) => a.number - b.number);
}

/** The compositions as recorded in assembly-compositions.json. */
export function recordedCompositions(
	ballots: readonly SeatsOnBallot[],
	totalSeats: number,
	pageOf: (ballot: number) => string
): RecordedComposition[] {
	return compositionBallots(ballots).map((b) => {
		const seated = Object.values(b.seats).reduce((sum, n) => sum + n, 0);
		if (seated > totalSeats)
			throw new ImportError(
				`ballot n° ${b.number} (${b.date}): its groups have ${seated} members, more than the ${totalSeats} seats of "totalSeats" in content/data/assembly.json`
			);
		return {
			id: b.date,
			date: b.date,
			ballot: b.number,
			seated,
			vacant: totalSeats - seated,
			seats: { ...b.seats },
			sourceUrl: pageOf(b.number)
		};
	});
}
