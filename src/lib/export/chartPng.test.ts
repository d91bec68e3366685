/** The PNGs: rasterised from the SVGs at twice their size, with their text drawn in the shipped fonts. */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartIds } from '$lib/data/chartIds';
import { content } from '$lib/data/content.server';
import { groupColourTokens } from '$lib/design/groupTokens';
import { pngOptions, svgToPng } from './chartPng.server';
import { chartSvg } from './chartSvg.server';
import { imageWidth, pngScale } from './imageSize';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset);
	return [view.getUint32(16), view.getUint32(20)];
};

/** Near-black pixels in the band of the image where the title is drawn. */
function titleInk(pixels: Uint8Array, width: number): number {
	let dark = 0;
	for (let y = 36 * pngScale; y < 60 * pngScale; y++)
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			if (pixels[i]! < 80 && pixels[i + 1]! < 80 && pixels[i + 2]! < 80) dark++;
		}
	return dark;
}

describe.each(chartIds)('the %s PNG', (chart) => {
	const svg = chartSvg(chart);
	const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);

	it('is a PNG at twice the size of the SVG', () => {
		const png = svgToPng(svg);
		expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		expect(pngSize(png)).toEqual([imageWidth * pngScale, height * pngScale]);
	});

	it('draws its text in the shipped fonts (and would draw none without them)', () => {
		const withFonts = new Resvg(svg, pngOptions).render();
		const withoutFonts = new Resvg(svg, { ...pngOptions, font: { loadSystemFonts: false } }).render();
		expect(titleInk(withFonts.pixels, withFonts.width)).toBeGreaterThan(1500);
		expect(titleInk(withoutFonts.pixels, withoutFonts.width)).toBe(0);
	});
});

it('the seat chart PNG shows every group colour', () => {
	// `pixels` copies the image out of resvg on every read: read it once.
	const { pixels } = new Resvg(chartSvg('seats'), pngOptions).render();
	const colours = new Set<string>();
	for (let i = 0; i < pixels.length; i += 4)
		colours.add('#' + [0, 1, 2].map((c) => pixels[i + c]!.toString(16).padStart(2, '0')).join(''));
	for (const group of content.assembly.groups)
		expect(colours).toContain(groupColourTokens(group.colour, 'light').fill);
});
