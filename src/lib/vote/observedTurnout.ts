/**
 * Turnout as the Assembly's records show it on comparable ballots: the share of each group's members who
 * took part (for, against or abstaining), per ballot and pooled over ballots, and how a scenario fares
 * under each ballot's turnouts. Pure; the simulator and the story render what these return.
 */
import { voteOutcome, type GroupLine, type MajorityRule } from './voteOutcome';

/** One group's deputies on one recorded ballot (a subset of the ballot records' fields). */
export interface RecordedGroupVote {
	group: string;
	members: number;
	for: number;
	against: number;
	abstain: number;
}

export interface RecordedBallot {
	number: number;
	groups: readonly RecordedGroupVote[];
}

const took = (g: RecordedGroupVote) => g.for + g.against + g.abstain;

/** Each group's turnout on one ballot, 0–1 (a group with no members is left out). */
export function ballotTurnouts(ballot: RecordedBallot): Record<string, number> {
	return Object.fromEntries(
		ballot.groups.filter((g) => g.members > 0).map((g) => [g.group, took(g) / g.members])
	);
}

/**
 * Each group's turnout over several ballots, 0–100 and rounded to whole percents: the deputies who took
 * part added up over the ballots, divided by the members added up (so that a ballot counts by its size).
 */
export function pooledTurnouts(ballots: readonly RecordedBallot[]): Record<string, number> {
	const totals = new Map<string, { took: number; members: number }>();
	for (const ballot of ballots)
		for (const g of ballot.groups) {
			const total = totals.get(g.group) ?? { took: 0, members: 0 };
			total.took += took(g);
			total.members += g.members;
			totals.set(g.group, total);
		}
	return Object.fromEntries(
		[...totals]
			.filter(([, t]) => t.members > 0)
			.map(([group, t]) => [group, Math.round((t.took / t.members) * 100)])
	);
}

/** The lines with every group's turnout replaced by `turnouts` (0–100); groups without one keep theirs. */
export function withTurnouts(
	lines: Readonly<Record<string, GroupLine>>,
	turnouts: Readonly<Record<string, number>>
): Record<string, GroupLine> {
	return Object.fromEntries(
		Object.entries(lines).map(([id, line]) => [id, { ...line, turnout: turnouts[id] ?? line.turnout }])
	);
}

export type TurnoutMode = 'full' | 'observed' | 'custom';

/** Whether every group's turnout is 100%, its observed turnout (`observed`, 0–100), or neither. */
export function turnoutMode(
	lines: Readonly<Record<string, GroupLine>>,
	observed: Readonly<Record<string, number>>
): TurnoutMode {
	const entries = Object.entries(lines);
	if (entries.every(([, line]) => line.turnout === 100)) return 'full';
	if (entries.every(([id, line]) => line.turnout === (observed[id] ?? 100))) return 'observed';
	return 'custom';
}

export interface ObservedRun {
	ballot: number;
	passes: boolean;
	for: number;
	against: number;
}

/**
 * The scenario's vote under the turnouts of each recorded ballot in turn: the groups' lines and discipline
 * as set, today's seats, and each group's turnout as it was on that ballot (its share of members who took
 * part, kept unrounded). A group absent from a ballot keeps the scenario's turnout.
 */
export function runsUnderObservedTurnouts(
	groups: readonly { id: string; seats: number }[],
	lines: Readonly<Record<string, GroupLine>>,
	totalSeats: number,
	rule: MajorityRule,
	ballots: readonly RecordedBallot[]
): ObservedRun[] {
	return ballots.map((ballot) => {
		const shares = ballotTurnouts(ballot);
		const turnouts = Object.fromEntries(Object.entries(shares).map(([id, share]) => [id, share * 100]));
		const outcome = voteOutcome(groups, withTurnouts(lines, turnouts), totalSeats, rule);
		return { ballot: ballot.number, passes: outcome.passes, for: outcome.for, against: outcome.against };
	});
}
