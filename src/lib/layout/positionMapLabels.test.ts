/**
 * The position map with the project's own parties, on both survey scales, at the sizes it is drawn at: the
 * page's plot at 390 px (358 × 477) and at 1280 px (586 × 366), its prerendered shapes (360 × 480 and
 * 640 × 400) and the story's figure (380 × 290). No label covers another label or any mark: a dot, a band's
 * title, a trail's stops and line (drawn one trail at a time, when its party is picked out), or the axis.
 */
import { describe, expect, it } from 'vitest';
import { content } from '$lib/data/content.server';
import { positionChart } from '$lib/data/positionChart.server';
import {
	boxCircleOverlap,
	boxesOverlap,
	segmentBoxOverlap,
	type Box,
	type Circle,
	type Segment
} from './geometry';
import { positionMapLayout, trailStopRadius } from './positionMap';

const chart = positionChart(content);
const sizes = [
	[358, 477],
	[586, 366],
	[360, 480],
	[640, 400],
	[380, 290]
] as const;

function layoutFor(axis: string, width: number, height: number) {
	const current = chart.axes.find((a) => a.id === axis)!;
	return positionMapLayout(
		chart.parties.map((p) => ({
			id: p.id,
			label: p.label,
			stance: p.stance,
			x: p.values[axis] ?? null,
			value: p.seats,
			trail: p.trail.map((s) => ({ stance: s.stance, date: s.date, x: s.values[axis] ?? null }))
		})),
		{
			width,
			height,
			steps: chart.steps.map((s) => s.id),
			stepLabels: chart.steps.map((s) => s.label),
			domain: [current.min, current.max],
			fontSize: 13
		}
	);
}

describe('the position map with the project’s parties', () => {
	for (const axis of chart.axes.map((a) => a.id))
		for (const [width, height] of sizes)
			it(`${axis} at ${width}×${height}: every label clear of the other labels and of every mark`, () => {
				const layout = layoutFor(axis, width, height);
				const dots: (Circle & { id: string })[] = layout.points.map((p) => ({
					id: p.id,
					x: p.cx,
					y: p.cy,
					r: p.r
				}));
				const titles = layout.bands.map((b) => ({ ...b.title, id: `title ${b.id}` }));
				const partyLabels = layout.points.map((p) => ({ ...p.label, id: `label ${p.id}` }));
				// What the reader sees with no party picked out, then with each trail drawn in turn.
				const views = [
					{ labels: partyLabels, stops: [] as Circle[], lines: [] as Segment[] },
					...layout.trails.map((trail) => ({
						labels: [
							...partyLabels,
							...trail.points.flatMap((p) => (p.label ? [{ ...p.label, id: `year ${p.date}` }] : []))
						],
						stops: trail.points.slice(0, -1).map((p) => ({ x: p.x, y: p.y, r: trailStopRadius })),
						lines: trail.points
							.slice(1)
							.map((p, i) => ({ x1: trail.points[i]!.x, y1: trail.points[i]!.y, x2: p.x, y2: p.y }))
					}))
				];
				for (const view of views) {
					const texts: (Box & { id: string })[] = [...view.labels, ...titles];
					for (const [i, a] of texts.entries()) {
						expect(a.x, `${a.id} inside the plot`).toBeGreaterThanOrEqual(layout.plot.x0 - 1e-6);
						expect(a.x + a.width, `${a.id} inside the plot`).toBeLessThanOrEqual(layout.plot.x1 + 1e-6);
						// The axis (ticks and their numbers) is drawn below the plot.
						expect(a.y + a.height, `${a.id} above the axis`).toBeLessThanOrEqual(layout.plot.y1 + 1e-6);
						for (const b of texts.slice(i + 1))
							expect(boxesOverlap(a, b), `${a.id} over ${b.id}`).toBe(false);
						for (const dot of dots)
							expect(boxCircleOverlap(a, dot), `${a.id} over dot ${dot.id}`).toBe(false);
						for (const stop of view.stops)
							expect(boxCircleOverlap(a, stop), `${a.id} over a stop`).toBe(false);
						if (a.id.startsWith('year'))
							for (const line of view.lines)
								expect(segmentBoxOverlap(line, a), `${a.id} over a trail`).toBe(false);
					}
				}
				for (const [i, a] of dots.entries())
					for (const b of dots.slice(i + 1))
						expect(Math.hypot(a.x - b.x, a.y - b.y), `dots ${a.id} and ${b.id}`).toBeGreaterThanOrEqual(
							a.r + b.r
						);
				expect(layout.points.every((p) => !p.label.overlaps)).toBe(true);
			});
});
