import { describe, expect, it } from 'vitest';
import { shortfall } from './shortfall';
import { voteOutcome, type GroupLine } from './voteOutcome';

const line = (choice: GroupLine['choice'], turnout = 100): GroupLine => ({
	choice,
	discipline: 100,
	turnout
});

describe('shortfall', () => {
	it('is null when the vote passes', () => {
		const outcome = voteOutcome([{ id: 'A', seats: 10 }], { A: line('for') }, 10, 'cast');
		expect(shortfall(outcome)).toBeNull();
	});

	it('counts switches and added votes separately under the votes-cast rule (the audit’s 88 against 439)', () => {
		const groups = [
			{ id: 'F', seats: 88 },
			{ id: 'A', seats: 439 },
			{ id: 'N', seats: 48 }
		];
		const outcome = voteOutcome(
			groups,
			{ F: line('for'), A: line('against'), N: line('abstain') },
			577,
			'cast'
		);
		expect(outcome.needed).toBe(264);
		// 176 switches make it 264 to 263; without switches it needs 352 more for, but only 48 abstain.
		expect(shortfall(outcome)).toEqual({ switches: 176, moreFor: 352, available: 48 });
	});

	it('needs one switch when a tie fails under the votes-cast rule', () => {
		const outcome = voteOutcome(
			[
				{ id: 'F', seats: 10 },
				{ id: 'A', seats: 10 }
			],
			{ F: line('for'), A: line('against') },
			20,
			'cast'
		);
		expect(shortfall(outcome)).toMatchObject({ switches: 1, moreFor: 1 });
	});

	it('under the absolute rule, a switch and an added vote each bring one vote for', () => {
		const outcome = voteOutcome(
			[
				{ id: 'F', seats: 200 },
				{ id: 'A', seats: 300 },
				{ id: 'N', seats: 77 }
			],
			{ F: line('for'), A: line('against', 50), N: line('abstain') },
			577,
			'absolute'
		);
		expect(outcome.needed).toBe(289);
		expect(shortfall(outcome)).toEqual({ switches: 89, moreFor: 89, available: 77 + 150 });
	});

	it('says switching cannot do it when there are too few votes against', () => {
		const outcome = voteOutcome(
			[
				{ id: 'F', seats: 100 },
				{ id: 'A', seats: 20 },
				{ id: 'N', seats: 457 }
			],
			{ F: line('for'), A: line('against'), N: line('abstain') },
			577,
			'absolute'
		);
		expect(shortfall(outcome)?.switches).toBeNull();
	});
});
