import { describe, expect, it } from 'vitest';
import { safeTextWidth } from './safeTextWidth';
import { estimatedTextWidth } from './textWidth';

describe('estimatedTextWidth', () => {
	it('counts 0.56 em a lowercase letter, 0.72 a capital, 0.3 a space, 0.6 anything else', () => {
		expect(estimatedTextWidth('', 12)).toBe(0);
		expect(estimatedTextWidth('aB 1', 10)).toBeCloseTo(5.6 + 7.2 + 3 + 6, 9);
		expect(estimatedTextWidth('Élysée', 10)).toBeCloseTo(7.2 + 5 * 5.6, 9);
	});
});

describe('safeTextWidth', () => {
	it('allows for the wider of Inter and DejaVu Sans, letter by letter', () => {
		expect(safeTextWidth('', 12)).toBe(0);
		// DejaVu's "a" is 0.613 em, Inter's "m" 0.876 and DejaVu's 0.974.
		expect(safeTextWidth('a', 100)).toBeGreaterThanOrEqual(61.3);
		expect(safeTextWidth('m', 100)).toBeGreaterThanOrEqual(97.4);
		expect(safeTextWidth('il', 100)).toBeLessThan(safeTextWidth('ab', 100));
		expect(safeTextWidth('NATO', 12, 'semibold')).toBeCloseTo(safeTextWidth('NATO', 12) * 1.14, 9);
	});

	it('is never below the rough estimate for a title', () => {
		for (const title of [
			'Macron: the brain death of NATO',
			'The Hague summit: allies commit to 5% of GDP by 2035'
		])
			expect(safeTextWidth(title, 12)).toBeGreaterThan(estimatedTextWidth(title, 12));
	});
});
