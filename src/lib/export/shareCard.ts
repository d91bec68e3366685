/**
 * A page's link-preview image (Open Graph and Twitter cards): 1200 × 630 px, the size both recommend, with the
 * page's kicker, headline, the site's name and the date of the data on the left, and the page's chart drawn to
 * fit on the right. Plain SVG 1.1 like the chart images (rasterised with the same shipped fonts). Pure.
 */
import type { ChartBody } from './chartBody';
import { shareCardSize } from './imageSize';
import { escapeXml } from './markupTree';
import { blockHeight, fontStacks, textBlock, wrapLines, type TextStyle } from './svgText';

export interface ShareCardText {
	kicker: string;
	title: string;
	/** The site's name. */
	site: string;
	/** E.g. "Data as of 8 October 2026". */
	asOf: string;
	/** The text alternative (og:image:alt and the SVG's `<desc>`). */
	description: string;
}

export function shareCard(
	chart: ChartBody & { width: number },
	text: ShareCardText,
	vars: ReadonlyMap<string, string>
): string {
	const { width, height } = shareCardSize;
	const colour = (name: string) => {
		const value = vars.get(name);
		if (!value) throw new Error(`No colour ${name}`);
		return value;
	};
	const margin = 56;
	const column = 470;
	const kickerStyle: TextStyle = { size: 22, leading: 1.2, weight: 700, fill: colour('--colour-accent') };
	const titleStyle: TextStyle = {
		size: 50,
		leading: 1.12,
		weight: 700,
		fill: colour('--colour-text'),
		family: fontStacks.serif
	};
	const footStyle: TextStyle = { size: 22, leading: 1.35, fill: colour('--colour-muted') };
	const siteStyle: TextStyle = { size: 26, leading: 1.2, weight: 700, fill: colour('--colour-text') };

	let y = margin;
	const kicker = textBlock([text.kicker.toUpperCase()], margin, y + kickerStyle.size * 0.9, kickerStyle);
	y += blockHeight(1, kickerStyle) + 18;
	// A headline too long for five lines at this size is set smaller rather than cut.
	let lines = wrapLines(text.title, column, titleStyle.size, 1.02);
	const fitted = lines.length > 5 ? { ...titleStyle, size: 38 } : titleStyle;
	if (fitted !== titleStyle) lines = wrapLines(text.title, column, fitted.size, 1.02);
	const title = textBlock(lines, margin, y + fitted.size * 0.9, fitted);

	const foot = textBlock([text.asOf], margin, height - margin, footStyle);
	const site = textBlock([text.site], margin, height - margin - footStyle.size * 1.5, siteStyle);

	// The chart, scaled to fit the right-hand side and centred in it. A chart much taller than wide (the argument
	// map) would be too small to read: it is drawn at the box's width instead and cut at its foot.
	const box = {
		x: margin + column + 40,
		y: margin,
		width: width - margin * 2 - column - 40,
		height: height - margin * 2
	};
	const fit = Math.min(box.width / chart.width, box.height / chart.height);
	const crop = fit * chart.width < box.width * 0.6;
	const scale = crop ? box.width / chart.width : fit;
	const drawn = { width: chart.width * scale, height: Math.min(box.height, chart.height * scale) };
	const at = { x: box.x + (box.width - drawn.width) / 2, y: box.y + (box.height - drawn.height) / 2 };
	const round = (n: number) => Math.round(n * 100) / 100;
	const clip = crop
		? `<clipPath id="card-clip"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/></clipPath>`
		: '';

	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${fontStacks.sans}" role="img" aria-labelledby="card-title card-desc">`,
		`<title id="card-title">${escapeXml(text.title)}</title>`,
		`<desc id="card-desc">${escapeXml(text.description)}</desc>`,
		`<rect width="${width}" height="${height}" fill="${colour('--colour-bg')}"/>`,
		`<rect width="${width}" height="8" fill="${colour('--colour-accent')}"/>`,
		`<g class="text">${kicker}${title}${site}${foot}</g>`,
		clip,
		`<g${crop ? ' clip-path="url(#card-clip)"' : ''}><g class="chart" transform="translate(${round(at.x)} ${round(at.y)}) scale(${round(scale * 1e4) / 1e4})">${chart.markup}</g></g>`,
		'</svg>',
		''
	].join('\n');
}
