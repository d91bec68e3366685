import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedLines, linesWithin } from './labelLines';

/** Every character 1 px wide. */
const measure = (text: string) => text.length;

describe('balancedLines', () => {
	it('splits a title into even lines, never mid-word', () => {
		expect(balancedLines('Macron: the brain death of NATO', 2, measure)).toEqual({
			lines: ['Macron: the brain', 'death of NATO'],
			width: 17
		});
		expect(balancedLines('a bb ccc dddd', 3, measure).lines).toEqual(['a bb', 'ccc', 'dddd']);
	});

	it('gives fewer lines than asked when there are fewer words, and one line for one', () => {
		expect(balancedLines('NATO summit', 4, measure).lines).toEqual(['NATO', 'summit']);
		expect(balancedLines('NATO', 1, measure)).toEqual({ lines: ['NATO'], width: 4 });
		expect(balancedLines('', 2, measure)).toEqual({ lines: [''], width: 0 });
	});

	it('keeps words joined by a non-breaking space together', () => {
		expect(balancedLines('5\u00a0% of GDP', 2, measure).lines).toEqual(['5\u00a0% of', 'GDP']);
	});

	it('rejects a line count below 1', () => {
		expect(() => balancedLines('a', 0, measure)).toThrow(/1 line/);
	});

	it('always gives back the whole text, on at most the lines asked, the widest no wider than one line', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[a-z]{1,9}$/), { minLength: 1, maxLength: 14 }),
				fc.integer({ min: 1, max: 5 }),
				(words, count) => {
					const text = words.join(' ');
					const set = balancedLines(text, count, measure);
					expect(set.lines.join(' ')).toBe(text);
					expect(set.lines.length).toBe(Math.min(count, words.length));
					expect(set.width).toBe(Math.max(...set.lines.map(measure)));
					expect(set.width).toBeLessThanOrEqual(measure(text));
				}
			)
		);
	});
});

describe('linesWithin', () => {
	it('takes the fewest lines that fit, or null', () => {
		expect(linesWithin('one two three', 13, 3, measure)?.lines).toEqual(['one two three']);
		expect(linesWithin('one two three', 8, 3, measure)?.lines).toEqual(['one two', 'three']);
		expect(linesWithin('one two three', 4, 2, measure)).toBeNull();
		expect(linesWithin('unbreakable', 5, 9, measure)).toBeNull();
	});
});
