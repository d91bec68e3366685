import { describe, expect, it } from 'vitest';
import { compositionChange } from './compositionChange';

describe('compositionChange', () => {
	it('lists the groups that moved, in the given order, and the vacant seats', () => {
		const before = { seats: { RN: 122, SOC: 68, HOR: 35, EPR: 91 }, vacant: 0 };
		const after = { seats: { RN: 121, SOC: 68, HOR: 35, EPR: 90 }, vacant: 3 };
		expect(compositionChange(before, after, ['EPR', 'SOC', 'RN', 'HOR'])).toEqual({
			groups: [
				{ group: 'EPR', from: 91, to: 90 },
				{ group: 'RN', from: 122, to: 121 }
			],
			vacant: { from: 0, to: 3 }
		});
	});

	it('treats a group missing on one side as 0 seats', () => {
		expect(
			compositionChange({ seats: {}, vacant: 0 }, { seats: { NEW: 15 }, vacant: 0 }, ['NEW']).groups
		).toEqual([{ group: 'NEW', from: 0, to: 15 }]);
	});

	it('finds nothing between equal compositions', () => {
		const same = { seats: { A: 1 }, vacant: 2 };
		expect(compositionChange(same, same, ['A']).groups).toEqual([]);
	});
});
