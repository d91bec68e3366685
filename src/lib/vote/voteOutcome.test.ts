import { describe, expect, it } from 'vitest';
import { groupTally, majorityOf, voteOutcome, type GroupLine } from './voteOutcome';

const line = (choice: GroupLine['choice'], discipline = 100, turnout = 100): GroupLine => ({
	choice,
	discipline,
	turnout
});

describe('majorityOf', () => {
	it('gives the absolute majorities of the National Assembly', () => {
		expect(majorityOf(577)).toBe(289);
		expect(majorityOf(575)).toBe(288);
		expect(majorityOf(10)).toBe(6);
	});
});

describe('groupTally', () => {
	it('counts whole deputies that add up to the group', () => {
		for (const [seats, discipline, turnout] of [
			[71, 100, 100],
			[69, 73, 61],
			[1, 50, 50],
			[0, 80, 80],
			[122, 0, 100]
		] as const) {
			const t = groupTally('G', seats, line('for', discipline, turnout));
			expect(t.for + t.against + t.abstain + t.absent).toBe(seats);
		}
	});

	it('splits dissenters between the two other options', () => {
		expect(groupTally('G', 100, line('for', 80))).toMatchObject({
			for: 80,
			against: 10,
			abstain: 10,
			absent: 0
		});
		expect(groupTally('G', 100, line('abstain', 90, 50))).toMatchObject({
			abstain: 45,
			for: 3,
			against: 2,
			absent: 50
		});
	});
});

describe('voteOutcome', () => {
	const groups = [
		{ id: 'A', seats: 100 },
		{ id: 'B', seats: 90 },
		{ id: 'C', seats: 30 }
	];

	it('passes on a majority of votes cast, abstentions not counted', () => {
		const result = voteOutcome(
			groups,
			{ A: line('for'), B: line('against'), C: line('abstain') },
			222,
			'cast'
		);
		expect(result).toMatchObject({
			for: 100,
			against: 90,
			abstain: 30,
			cast: 190,
			needed: 96,
			passes: true,
			margin: 10
		});
	});

	it('fails a tie under the votes-cast rule and says how many votes it is short', () => {
		const result = voteOutcome(
			groups,
			{ A: line('for'), B: line('against', 100), C: line('for', 100, 0) },
			220,
			'cast'
		);
		expect(result.passes).toBe(true);
		const tie = voteOutcome(
			[
				{ id: 'A', seats: 50 },
				{ id: 'B', seats: 50 }
			],
			{ A: line('for'), B: line('against') },
			100,
			'cast'
		);
		expect(tie).toMatchObject({ passes: false, short: 1 });
	});

	it('under the absolute rule needs a majority of filled seats whatever the turnout', () => {
		const result = voteOutcome(
			groups,
			{ A: line('for'), B: line('against', 100, 10), C: line('abstain') },
			222,
			'absolute'
		);
		expect(result).toMatchObject({
			needed: 111,
			passes: false,
			short: 11,
			absoluteMajorityFull: 112,
			absoluteMajorityFilled: 111
		});
	});

	it('treats a group with no line as abstaining', () => {
		const result = voteOutcome(groups, { A: line('for') }, 220, 'cast');
		expect(result).toMatchObject({ for: 100, against: 0, abstain: 120, passes: true, margin: 100 });
	});

	it('does not pass with no votes cast', () => {
		const result = voteOutcome(groups, {}, 220, 'cast');
		expect(result).toMatchObject({ cast: 0, passes: false, short: 1 });
	});
});
