import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeStepIndex } from './activeStep';

describe('activeStepIndex', () => {
	it('is -1 above the first step and the last step once every top has passed the line', () => {
		expect(activeStepIndex([100, 500, 900], 50)).toBe(-1);
		expect(activeStepIndex([100, 500, 900], 100)).toBe(0);
		expect(activeStepIndex([100, 500, 900], 499)).toBe(0);
		expect(activeStepIndex([100, 500, 900], 500)).toBe(1);
		expect(activeStepIndex([-3000, -2000, -1000], 400)).toBe(2);
		expect(activeStepIndex([], 400)).toBe(-1);
	});

	it('picks the step whose stretch holds the line, for any scroll offset', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 30 }),
				fc.integer({ min: -50000, max: 50000 }),
				(heights, scroll) => {
					const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, b) => a + b, 0) - scroll);
					const line = 400;
					const i = activeStepIndex(tops, line);
					if (i === -1) return tops[0]! > line;
					const bottom = i + 1 < tops.length ? tops[i + 1]! : Infinity;
					return tops[i]! <= line && line < bottom;
				}
			)
		);
	});
});
