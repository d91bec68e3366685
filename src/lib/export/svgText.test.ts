import { describe, expect, it } from 'vitest';
import { estimatedTextWidth } from '$lib/layout/textWidth';
import { textBlock, wrapLines } from './svgText';

describe('wrapLines', () => {
	const text =
		'Sources: LCP (La Chaîne parlementaire); BFMTV; AFP, via Boursorama; Public Sénat; Franceinfo; Entrevue.';
	it.each([120, 300, 600, 2000])('keeps every word, in order, each line within %d px', (width) => {
		const lines = wrapLines(text, width, 13);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines)
			if (line.includes(' ')) expect(estimatedTextWidth(line, 13) * 1.08).toBeLessThanOrEqual(width);
	});
	it('puts a word longer than the width on a line of its own', () => {
		expect(wrapLines('a Antidisestablishmentarianism b', 50, 13)).toEqual([
			'a',
			'Antidisestablishmentarianism',
			'b'
		]);
	});
});

describe('textBlock', () => {
	it('writes one escaped text element per line, a line apart', () => {
		const svg = textBlock(['A & B', '<C>'], 10, 20, {
			size: 10,
			leading: 1.5,
			fill: '#000',
			anchor: 'middle'
		});
		expect(svg).toBe(
			'<text x="10" y="20" font-size="10" fill="#000" text-anchor="middle">A &amp; B</text><text x="10" y="35" font-size="10" fill="#000" text-anchor="middle">&lt;C&gt;</text>'
		);
	});
});
