/**
 * A chart as a standalone SVG image, framed like a newsroom chart export: the title and how to read it above
 * the chart, the sources, "as of" date and credit below, on the page's background; `<title>` and `<desc>` give
 * its text alternative. Plain SVG 1.1 with presentation attributes: no stylesheet, script or external reference.
 * Pure.
 */
import type { ChartBody } from './chartBody';
import { escapeXml } from './markupTree';
import { blockHeight, fontStacks, textBlock, wrapLines, type TextStyle } from './svgText';

export interface ChartImageText {
	/** The chart's title. */
	title: string;
	/** One line on how to read it. */
	howToRead: string;
	/** The text alternative, for `<desc>`. */
	description: string;
	/** E.g. "Sources: LCP, BFMTV." */
	sources: string;
	/** E.g. "Data as of 23 January 2026." */
	asOf: string;
	credit: string;
}

export interface ChartImageOptions {
	/** The image's width, in px. */
	width: number;
	/** Space around the content, in px. */
	margin: number;
	/** Light-theme colours: --colour-bg, --colour-text, --colour-muted, --colour-rule. */
	vars: ReadonlyMap<string, string>;
	/** Prefix of the image's own ids, e.g. the chart's id. */
	idPrefix: string;
}

/** The standalone SVG document of one chart. */
export function chartImage(body: ChartBody, text: ChartImageText, options: ChartImageOptions): string {
	const { width, margin, vars, idPrefix } = options;
	const colour = (name: string) => {
		const value = vars.get(name);
		if (!value) throw new Error(`No colour ${name}`);
		return value;
	};
	const inner = width - 2 * margin;
	const titleStyle: TextStyle = {
		size: 28,
		leading: 1.2,
		weight: 700,
		fill: colour('--colour-text'),
		family: fontStacks.serif
	};
	const readStyle: TextStyle = { size: 16, leading: 1.35, fill: colour('--colour-muted') };
	const footStyle: TextStyle = { size: 13, leading: 1.4, fill: colour('--colour-muted') };

	let y = margin;
	const titleLines = wrapLines(text.title, inner, titleStyle.size, 1.02);
	const header = textBlock(titleLines, margin, y + titleStyle.size * 0.9, titleStyle);
	y += blockHeight(titleLines.length, titleStyle) + 6;
	const readLines = wrapLines(text.howToRead, inner, readStyle.size, 1);
	const read = textBlock(readLines, margin, y + readStyle.size * 0.9, readStyle);
	y += blockHeight(readLines.length, readStyle) + 28;

	const chart = `<g class="chart" transform="translate(${margin} ${Math.round(y)})">${body.markup}</g>`;
	y += body.height + 28;

	const rule = `<line x1="${margin}" x2="${width - margin}" y1="${y}" y2="${y}" stroke="${colour('--colour-rule')}" stroke-width="1"/>`;
	y += 12;
	const footLines = [text.sources, `${text.asOf} ${text.credit}`].flatMap((line) =>
		wrapLines(line, inner, footStyle.size, 1)
	);
	const footer = textBlock(footLines, margin, y + footStyle.size, footStyle);
	y += blockHeight(footLines.length, footStyle) + margin - 8;
	const height = Math.ceil(y);

	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${fontStacks.sans}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc">`,
		`<title id="${idPrefix}-title">${escapeXml(text.title)}</title>`,
		`<desc id="${idPrefix}-desc">${escapeXml(text.description)}</desc>`,
		`<rect width="${width}" height="${height}" fill="${colour('--colour-bg')}"/>`,
		`<g class="header">${header}${read}</g>`,
		chart,
		`<g class="footer">${rule}${footer}</g>`,
		'</svg>',
		''
	].join('\n');
}
