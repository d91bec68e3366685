/**
 * A label's text broken into lines for a chart annotation: whole words only, never cut, the lines as even as
 * they can be (a two-line label is two halves, not a full line and a stray word). Pure.
 */

/** Measures a line of text, in px. */
export type Measure = (text: string) => number;

export interface LabelLines {
	/** The lines, in order; joined with single spaces they give back the text (its runs of spaces as one). */
	lines: string[];
	/** The widest line's width, in px. */
	width: number;
}

/**
 * The text broken at spaces into `count` lines (fewer if it has fewer words) whose widest is as narrow as it
 * can be; ties go to the break that puts more on the earlier lines. Non-breaking spaces hold words together.
 *
 * @throws Error unless `count` is an integer of 1 or more.
 */
export function balancedLines(text: string, count: number, measure: Measure): LabelLines {
	if (!(Number.isInteger(count) && count >= 1))
		throw new Error(`A label needs 1 line or more (got ${count}).`);
	const words = text.split(/ +/).filter((word) => word !== '');
	const n = words.length;
	if (n === 0) return { lines: [''], width: 0 };
	const k = Math.min(count, n);
	const lineWidth = (from: number, to: number) => measure(words.slice(from, to).join(' '));
	// best[j][i]: the narrowest widest line setting words[i..] on j lines, and where the first line ends.
	const best: { width: number; end: number }[][] = [];
	best[1] = Array.from({ length: n }, (_, i) => ({ width: lineWidth(i, n), end: n }));
	for (let j = 2; j <= k; j++) {
		best[j] = [];
		for (let i = 0; i <= n - j; i++) {
			let choice = { width: Infinity, end: i + 1 };
			// Latest first line end on a tie: more words on earlier lines.
			for (let end = n - j + 1; end > i; end--) {
				const rest = best[j - 1]![end]!;
				const width = Math.max(lineWidth(i, end), rest.width);
				if (width < choice.width) choice = { width, end };
			}
			best[j]![i] = choice;
		}
	}
	const lines: string[] = [];
	for (let j = k, i = 0; j >= 1; j--) {
		const { end } = best[j]![i]!;
		lines.push(words.slice(i, end).join(' '));
		i = end;
	}
	return { lines, width: best[k]![0]!.width };
}

/**
 * The fewest lines, up to `maxLines`, that set the text no wider than `maxWidth` (balanced as
 * `balancedLines`), or null when even `maxLines` lines are wider (a single word wider than `maxWidth` never
 * fits).
 */
export function linesWithin(
	text: string,
	maxWidth: number,
	maxLines: number,
	measure: Measure
): LabelLines | null {
	for (let count = 1; count <= maxLines; count++) {
		const set = balancedLines(text, count, measure);
		if (set.width <= maxWidth) return set;
		if (set.lines.length < count) break;
	}
	return null;
}
