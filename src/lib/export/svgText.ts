/** Text for an exported SVG: lines wrapped to a width, written as `<text>` elements. Pure. */
import { estimatedTextWidth } from '$lib/layout/textWidth';
import { escapeXml } from './markupTree';

/** The font stacks the exported images name: the site's fonts, then fonts most machines have. */
export const fontStacks = {
	sans: "Inter, 'Helvetica Neue', Arial, sans-serif",
	serif: "'Source Serif 4', Georgia, 'Times New Roman', serif"
};

/**
 * `text` broken between words into lines no wider than `width` px at `fontSize` px, by the shared width
 * estimate, with `slack` (a factor, default 1.08) for a font wider than the estimate.
 */
export function wrapLines(text: string, width: number, fontSize: number, slack = 1.08): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && estimatedTextWidth(next, fontSize) * slack > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export interface TextStyle {
	size: number;
	/** Line height as a multiple of `size`. Default 1.3. */
	leading?: number;
	weight?: number;
	fill: string;
	family?: string;
	anchor?: 'start' | 'middle' | 'end';
}

/** One `<text>` per line, the first line's baseline at `y`. */
export function textBlock(lines: readonly string[], x: number, y: number, style: TextStyle): string {
	const step = style.size * (style.leading ?? 1.3);
	const attrs = [
		`font-size="${style.size}"`,
		`fill="${style.fill}"`,
		style.weight ? `font-weight="${style.weight}"` : '',
		style.family ? `font-family="${style.family}"` : '',
		style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : ''
	]
		.filter(Boolean)
		.join(' ');
	return lines
		.map((line, i) => `<text x="${round(x)}" y="${round(y + i * step)}" ${attrs}>${escapeXml(line)}</text>`)
		.join('');
}

/** The height a block of `count` lines takes, from the top of the first line to below the last. */
export const blockHeight = (count: number, style: TextStyle) => count * style.size * (style.leading ?? 1.3);

export const round = (value: number) => Math.round(value * 100) / 100;
