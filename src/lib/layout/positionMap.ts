/**
 * The geometry of the party position map: stance bands from most to least NATO-sceptical (top to bottom),
 * a survey scale across, dots sized by seats and nudged apart within their band, direct labels that never
 * overlap, and dated trails. No label covers another label or a mark: party labels keep clear of the dots,
 * the band titles and every trail's stops and line (a trail is drawn when its party is picked out), and a
 * trail's year labels keep clear of all of those and of the party labels. Pure: data and pixel size in,
 * positions out.
 *
 * The scales are d3's (positionScales.ts). The dodging within a band and the labels are ours: d3-force's
 * `forceCollide` only separates circles approximately, and d3 places no labels (labelPlacement.ts).
 */
import type { Box, Circle, Segment } from './geometry';
import { labelPlacement, type PlacedLabel } from './labelPlacement';
import { linearScale, ordinalBandScale, radiusScale } from './positionScales';
import { estimatedTextWidth } from './textWidth';

export interface PositionMapPoint {
	id: string;
	label: string;
	stance: string;
	/** The value on the horizontal scale; null leaves the party off the map. */
	x: number | null;
	/** Sets the dot's area (e.g. seats). */
	value: number;
	/** Dated earlier placements, oldest first, ending with the current one. */
	trail: { stance: string; date: string; x: number | null }[];
}

export interface PositionMapOptions {
	/** Size of the whole chart, in px. */
	width: number;
	height: number;
	/** Stance ids, most sceptical first (drawn at the top). */
	steps: readonly string[];
	/** The horizontal scale's domain. */
	domain: [number, number];
	/** Font size of the labels, in px. Default 13. */
	fontSize?: number;
	/** Each band's title, in the order of `steps`, drawn bold at the band's top left; default the step ids. */
	stepLabels?: readonly string[];
	/**
	 * Largest dot radius, in px. Default: a 28th of the width, between 10 and 22. Where a label finds no clean
	 * spot, the dots are drawn smaller (down to 70% of it), which frees room in a small chart.
	 */
	maxRadius?: number;
}

export interface PositionMapLayout {
	plot: { x0: number; y0: number; x1: number; y1: number };
	/**
	 * Each band, with the box of its title, at the band's top left or, where the band's dots and their labels
	 * crowd the left, its top right: draw the text from the box's `anchor` side, on `title.baseline`.
	 */
	bands: { id: string; y0: number; y1: number; title: Box & { baseline: number; anchor: 'start' | 'end' } }[];
	ticks: { value: number; x: number }[];
	points: { id: string; cx: number; cy: number; r: number; label: PlacedLabel }[];
	/** Each trail's stops, oldest first; every stop but the last (the party's dot) has its year's label. */
	trails: { id: string; points: { x: number; y: number; date: string; label?: PlacedLabel }[] }[];
	/** Ids of points with no value on this scale. */
	omitted: string[];
}

export function positionMapLayout(
	points: readonly PositionMapPoint[],
	options: PositionMapOptions
): PositionMapLayout {
	const maxRadius = options.maxRadius ?? Math.min(22, Math.max(10, options.width / 28));
	let best: PositionMapLayout | undefined;
	let bestFlagged = Infinity;
	for (const share of [1, 0.85, 0.7]) {
		const layout = layoutWithDots(points, options, maxRadius, maxRadius * share);
		const flagged = [
			...layout.points.map((p) => p.label),
			...layout.trails.flatMap((t) => t.points.map((p) => p.label))
		].filter((label) => label?.overlaps).length;
		if (flagged < bestFlagged) [best, bestFlagged] = [layout, flagged];
		if (flagged === 0) break;
	}
	return best!;
}

/** The layout with the scale's ends inset by `maxRadius` and the biggest dot `dotRadius` across, in px. */
function layoutWithDots(
	points: readonly PositionMapPoint[],
	options: PositionMapOptions,
	maxRadius: number,
	dotRadius: number
): PositionMapLayout {
	const { width, height, steps, domain } = options;
	const fontSize = options.fontSize ?? 13;
	const bandLabel = fontSize + 8; // room at the top of each band for its name
	const plot = { x0: 8, y0: 0, x1: width - 8, y1: height - 28 };
	const x = linearScale(domain, [plot.x0 + maxRadius, plot.x1 - maxRadius]);
	const band = ordinalBandScale(steps, [plot.y0, plot.y1]);
	const radius = radiusScale(Math.max(1, ...points.map((p) => p.value)), dotRadius, 4);
	const centreOf = (stance: string) => (band(stance) ?? plot.y1) + bandLabel / 2;
	const mapped = points.filter((p) => p.x !== null && band(p.stance) !== undefined);
	const titleSize = fontSize - 1; // band titles: bold, a size below the labels
	// What needs room along a band: its dots, each with its label's width on either side, and trail stops.
	const reaches = mapped.flatMap((p) => [
		{
			stance: p.stance,
			x0: x(p.x!) - radius(p.value) - labelWidth(p.label, fontSize),
			x1: x(p.x!) + radius(p.value) + labelWidth(p.label, fontSize)
		},
		...p.trail.flatMap((step) =>
			step.x === null ? [] : [{ stance: step.stance, x0: x(step.x) - 40, x1: x(step.x) + 40 }]
		)
	]);
	const bands = band.steps.map((id, i) => {
		const y0 = band(id)! - band.bandwidth / 2;
		const width = Math.ceil(
			estimatedTextWidth(options.stepLabels?.[i] ?? id, titleSize, 'semibold') * 1.08 + 2
		);
		const crowding = (from: number) =>
			reaches.filter((r) => r.stance === id && r.x0 < from + width && from < r.x1).length;
		const left = plot.x0 + 6;
		const right = plot.x1 - 6 - width;
		const x = crowding(right) < crowding(left) ? right : left;
		return {
			id,
			y0,
			y1: y0 + band.bandwidth,
			title: {
				x,
				y: y0 + 3,
				width,
				height: titleSize + 3,
				baseline: y0 + titleSize + 3,
				anchor: x === left ? ('start' as const) : ('end' as const)
			}
		};
	});
	const titles: Box[] = bands.map((b) => b.title);

	const dots = dodge(
		mapped.map((p) => ({ id: p.id, cx: x(p.x!), cy: centreOf(p.stance), r: radius(p.value) })),
		band.bandwidth / 2 - bandLabel / 2
	);
	const trails = mapped
		.map((p) => ({
			id: p.id,
			points: p.trail
				.filter((step) => step.x !== null && band(step.stance) !== undefined)
				.map((step) => ({ x: x(step.x!), y: centreOf(step.stance), date: step.date }))
		}))
		.filter((trail) => trail.points.length > 1);
	// A trail ends at its party's dot, wherever dodging moved it.
	for (const trail of trails) {
		const dot = dots.find((d) => d.id === trail.id)!;
		Object.assign(trail.points.at(-1)!, { x: dot.cx, y: dot.cy });
	}
	const stops: Circle[] = trails.flatMap((trail) =>
		trail.points.slice(0, -1).map((p) => ({ x: p.x, y: p.y, r: trailStopRadius }))
	);
	const lines: Segment[] = trails.flatMap((trail) =>
		trail.points.slice(1).map((p, i) => ({
			x1: trail.points[i]!.x,
			y1: trail.points[i]!.y,
			x2: p.x,
			y2: p.y
		}))
	);
	const labels = labelPlacement(
		dots.map((d) => {
			const text = mapped.find((p) => p.id === d.id)!.label;
			return {
				id: d.id,
				x: d.cx,
				y: d.cy,
				r: d.r,
				width: labelWidth(text, fontSize),
				height: fontSize + 4
			};
		}),
		{ bounds: plot, obstacles: { boxes: titles, circles: stops } }
	);
	const dotCircles: Circle[] = dots.map((d) => ({ x: d.cx, y: d.cy, r: d.r }));
	const trailFont = fontSize - 2;
	const labelledTrails = trails.map((trail) => {
		const years = trail.points.slice(0, -1);
		const placed = labelPlacement(
			years.map((p, i) => ({
				id: `${trail.id}-${i}`,
				x: p.x,
				y: p.y,
				r: trailStopRadius,
				width: Math.ceil(estimatedTextWidth(p.date.slice(0, 4), trailFont) + 4),
				height: trailFont + 4
			})),
			{
				bounds: plot,
				obstacles: {
					boxes: [...titles, ...labels],
					circles: dotCircles,
					segments: lines.filter((_, i) => lineOwner(trails, i) === trail.id)
				}
			}
		);
		return {
			id: trail.id,
			points: trail.points.map((p, i) => (placed[i] ? { ...p, label: placed[i] } : p))
		};
	});

	return {
		plot,
		bands,
		ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
		points: dots.map((d, i) => ({ ...d, label: labels[i]! })),
		trails: labelledTrails,
		omitted: points.filter((p) => !mapped.includes(p)).map((p) => p.id)
	};
}

/** A party label's box width: semi-bold text plus 4 px, so that a neighbour never touches the text. */
function labelWidth(text: string, fontSize: number): number {
	return Math.ceil(estimatedTextWidth(text, fontSize, 'semibold') + 4);
}

/** The radius of a trail's earlier stops, in px. */
export const trailStopRadius = 3;

/** The id of the trail a segment (an index into all trails' segments, in order) belongs to. */
function lineOwner(trails: readonly { id: string; points: readonly unknown[] }[], index: number): string {
	let i = index;
	for (const trail of trails) {
		const count = trail.points.length - 1;
		if (i < count) return trail.id;
		i -= count;
	}
	return '';
}

/**
 * Moves dots that overlap within their band up or down, alternately, in steps of 2 px, no further than
 * `reach` from the band's centre line; dots are taken from left to right, so the result is deterministic.
 */
export function dodge<T extends { id: string; cx: number; cy: number; r: number }>(
	dots: readonly T[],
	reach: number
): T[] {
	const placed: T[] = [];
	const order = dots.toSorted((a, b) => a.cx - b.cx || a.id.localeCompare(b.id));
	for (const dot of order) {
		let best = dot;
		for (let step = 0; step * 2 <= Math.max(0, reach); step++) {
			const offsets = step === 0 ? [0] : [step * 2, -step * 2];
			const free = offsets
				.map((offset) => ({ ...dot, cy: dot.cy + offset }))
				.find((candidate) =>
					placed.every(
						(other) =>
							Math.hypot(other.cx - candidate.cx, other.cy - candidate.cy) >= other.r + candidate.r + 1
					)
				);
			if (free) {
				best = free;
				break;
			}
		}
		placed.push(best);
	}
	return dots.map((dot) => placed.find((p) => p.id === dot.id)!);
}
