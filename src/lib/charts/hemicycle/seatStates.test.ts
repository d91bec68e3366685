import { describe, expect, it } from 'vitest';
import { seatStates } from './seatStates';

describe('seatStates', () => {
	it('orders a group’s seats for, abstain, against, absent', () => {
		expect(seatStates(6, { for: 2, against: 1, abstain: 2, absent: 1 })).toEqual([
			'for',
			'for',
			'abstain',
			'abstain',
			'against',
			'absent'
		]);
	});

	it('shows plain seats outside vote mode', () => {
		expect(seatStates(2, undefined)).toEqual(['seat', 'seat']);
	});

	it('refuses counts that do not add up to the seats', () => {
		expect(() => seatStates(3, { for: 1, against: 1, abstain: 0, absent: 0 })).toThrow(/2, not 3/);
	});
});
