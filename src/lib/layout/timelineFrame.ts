/**
 * What frames a timeline's marks: the eras' names on their bands, the breaks where the scale changes, and the
 * key of marker styles, each set whole (wrapped, never cut) in the room it has. Pure.
 */
import type { Measure } from './labelLines';
import { linesWithin } from './labelLines';
import type { EraBand } from './timeScale';

export interface EraName {
	id: string;
	/** The era's name, e.g. "Back in the integrated command". */
	label: string;
	/** A shorter name for a narrow band, e.g. its years "2009–2024". */
	short: string;
}

export interface EraLabel {
	id: string;
	/** The text's left end, in px. */
	x: number;
	/** The lines, top to bottom: the whole name, or the short one when the name does not fit. */
	lines: string[];
}

/**
 * Each band's name, set from 4 px inside its left edge on up to `maxLines` lines that fit the band, or its
 * short name on one line, or nothing when neither fits; bands with no name given are skipped.
 */
export function eraLabels(
	bands: readonly EraBand[],
	names: readonly EraName[],
	{ measure, maxLines = 2, inset = 4 }: { measure: Measure; maxLines?: number; inset?: number }
): EraLabel[] {
	return bands.flatMap((band) => {
		const name = names.find((n) => n.id === band.id);
		if (!name) return [];
		const room = band.x1 - band.x0 - 2 * inset;
		const set = linesWithin(name.label, room, maxLines, measure) ?? linesWithin(name.short, room, 1, measure);
		return set ? [{ id: band.id, x: band.x0 + inset, lines: set.lines }] : [];
	});
}

/** Where the scale changes, in px: between each two bands of an eras scale that touch (none for one band). */
export function scaleBreaks(bands: readonly EraBand[]): number[] {
	return bands.slice(1).flatMap((band, index) => {
		const previous = bands[index]!;
		return Math.abs(previous.x1 - band.x0) < 1e-6 && band.x0 > 0 ? [band.x0] : [];
	});
}

export interface KeyItem {
	/** Names the item's swatch for the component. */
	id: string;
	text: string;
}

export interface PlacedKeyItem extends KeyItem {
	/** The swatch's left edge, in px; the text starts `swatch + gap` px after it. */
	x: number;
	/** The item's line, 0 first. */
	line: number;
}

/**
 * The key's items left to right, each a swatch then its text, in lines no wider than `width`: an item that
 * would run past it starts a new line (an item wider than the width has a line to itself).
 */
export function keyLayout(
	items: readonly KeyItem[],
	width: number,
	{
		measure,
		swatch = 16,
		gap = 6,
		spacing = 18
	}: { measure: Measure; swatch?: number; gap?: number; spacing?: number }
): { items: PlacedKeyItem[]; lines: number } {
	let [x, line] = [0, 0];
	const placed = items.map((item) => {
		const itemWidth = swatch + gap + measure(item.text);
		if (x > 0 && x + itemWidth > width) [x, line] = [0, line + 1];
		const at = { ...item, x, line };
		x += itemWidth + spacing;
		return at;
	});
	return { items: placed, lines: items.length === 0 ? 0 : line + 1 };
}
