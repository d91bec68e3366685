import { describe, expect, it } from 'vitest';
import {
	ballotTurnouts,
	turnoutMode,
	pooledTurnouts,
	runsUnderObservedTurnouts,
	withTurnouts,
	type RecordedBallot
} from './observedTurnout';
import type { GroupLine } from './voteOutcome';

const vote = (group: string, members: number, f: number, a: number, ab = 0) => ({
	group,
	members,
	for: f,
	against: a,
	abstain: ab
});
const line = (choice: GroupLine['choice']): GroupLine => ({ choice, discipline: 100, turnout: 100 });

const low: RecordedBallot = { number: 1, groups: [vote('L', 100, 20, 0), vote('R', 200, 0, 20, 20)] };
const high: RecordedBallot = { number: 2, groups: [vote('L', 100, 90, 0), vote('R', 200, 0, 60)] };

describe('ballotTurnouts', () => {
	it('counts for, against and abstentions as taking part', () => {
		expect(ballotTurnouts(low)).toEqual({ L: 0.2, R: 0.2 });
	});
	it('leaves out a group with no members', () => {
		expect(ballotTurnouts({ number: 3, groups: [vote('X', 0, 0, 0)] })).toEqual({});
	});
});

describe('pooledTurnouts', () => {
	it('weighs each ballot by its members and rounds to whole percents', () => {
		// L: (20 + 90) / 200 = 55%; R: (40 + 60) / 400 = 25%.
		expect(pooledTurnouts([low, high])).toEqual({ L: 55, R: 25 });
	});
	it('is empty without ballots', () => {
		expect(pooledTurnouts([])).toEqual({});
	});
});

describe('withTurnouts', () => {
	it('replaces turnout only, and keeps a group without a figure as it was', () => {
		const lines = { L: line('for'), R: { choice: 'against' as const, discipline: 80, turnout: 100 } };
		expect(withTurnouts(lines, { R: 30 })).toEqual({
			L: line('for'),
			R: { choice: 'against', discipline: 80, turnout: 30 }
		});
	});
});

describe('runsUnderObservedTurnouts', () => {
	const groups = [
		{ id: 'L', seats: 100 },
		{ id: 'R', seats: 200 }
	];
	const lines = { L: line('for'), R: line('against') };

	it('decides each ballot with that ballot’s turnouts applied to today’s seats', () => {
		const runs = runsUnderObservedTurnouts(groups, lines, 300, 'cast', [low, high]);
		// Ballot 1: L 20 for, R 40 present against → fails. Ballot 2: L 90 for, R 60 against → passes.
		expect(runs).toEqual([
			{ ballot: 1, passes: false, for: 20, against: 40 },
			{ ballot: 2, passes: true, for: 90, against: 60 }
		]);
	});

	it('always fails under the absolute rule when turnout is too low to reach a majority of members', () => {
		const runs = runsUnderObservedTurnouts(groups, lines, 300, 'absolute', [low, high]);
		expect(runs.every((run) => !run.passes)).toBe(true);
	});
});

describe('turnoutMode', () => {
	const observed = { L: 55, R: 25 };
	it('tells full, observed and custom turnouts apart', () => {
		expect(turnoutMode({ L: line('for'), R: line('against') }, observed)).toBe('full');
		expect(turnoutMode(withTurnouts({ L: line('for'), R: line('against') }, observed), observed)).toBe(
			'observed'
		);
		expect(
			turnoutMode(withTurnouts({ L: line('for'), R: line('against') }, { L: 55, R: 30 }), observed)
		).toBe('custom');
	});
});
