/**
 * The whole chart's geometry on the project's own timeline: the key, the eras' names and the scale's breaks,
 * then properties over widths, views and selections (fast-check): labels whole, inside the chart, none over
 * another or over a mark; the selected one always there; the same input, the same drawing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '$lib/data/content.server';
import { boxesOverlap } from './geometry';
import { passingLabel } from './timelineLabels';
import { eraYears, timelineChartGeometry, weightedEras, type TimelineChartOptions } from './timelineChart';
import { dateExtent } from '$lib/dates/partialDate';

const { events: data, lanes, eras } = content.timeline;
const events = data.map((e) => ({ ...e, preferred: e.citedByMotion }));
const key = [
	...lanes.map((l) => ({ id: `lane-${l.id}`, text: l.label })),
	{ id: 'cited', text: 'Cited by the motion' },
	{ id: 'bar', text: 'Lasted more than a day' },
	{ id: 'break', text: 'Scale changes at each era' }
];
const options = (more: Partial<TimelineChartOptions> = {}): TimelineChartOptions => ({
	lanes: lanes.map((l) => l.id),
	eras,
	width: 1010,
	visible: null,
	key,
	...more
});
const day = 86_400_000;
const domain = [dateExtent(eras[0]!.start).start, dateExtent(eras.at(-1)!.end).end] as const;

describe('timelineChartGeometry', () => {
	it('draws the key, every era’s name, a break at each change of era, then the lanes below the axis', () => {
		const g = timelineChartGeometry(events, options());
		expect(g.zoomed).toBe(false);
		expect(g.key.map((k) => k.id)).toEqual(key.map((k) => k.id));
		expect(g.eraLabels.map((e) => e.id)).toEqual(eras.map((e) => e.id));
		expect(g.breaks).toHaveLength(eras.length - 1);
		expect(g.layout.lanes[0]!.y0).toBeGreaterThan(g.axisY);
		expect(g.layout.marks).toHaveLength(events.length);
		expect(g.height).toBe(g.layout.lanes.at(-1)!.y1);
	});

	it('zoomed, is linear: no breaks; compact, has no key and labels only what it is asked to', () => {
		const visible: [number, number] = [Date.UTC(2026, 0, 1), Date.UTC(2026, 2, 1)];
		const g = timelineChartGeometry(events, options({ visible, compact: true, selected: 'maduro-captured' }));
		expect(g.zoomed).toBe(true);
		expect(g.breaks).toEqual([]);
		expect(g.key).toEqual([]);
		expect(g.layout.marks.filter((m) => m.label).map((m) => m.id)).toEqual(['maduro-captured']);
	});

	it('writes an era’s years in full, or short within a century', () => {
		expect(eraYears({ start: '1949', end: '1965' })).toBe('1949–1965');
		expect(eraYears({ start: '1949', end: '1965' }, true)).toBe('1949–65');
		expect(eraYears({ start: '1966', end: '2008' }, true)).toBe('1966–2008');
		expect(eraYears({ start: '2025', end: '2025-10' }, true)).toBe('2025');
	});

	it('weights each era by its events, plus two', () => {
		expect(weightedEras(events, eras).map((e) => e.weight)).toEqual(
			eras.map((era) => {
				const [from, to] = [dateExtent(era.start).start, dateExtent(era.end).end];
				return (
					events.filter((e) => dateExtent(e.date).start >= from && dateExtent(e.date).start < to).length + 2
				);
			})
		);
	});

	it('at any width, view and selection: whole labels inside the chart, none over another or a mark', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 300, max: 1400 }),
				fc.option(fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 14, max: 28_000 })), {
					nil: undefined
				}),
				fc.option(fc.nat(events.length - 1), { nil: undefined }),
				fc.boolean(),
				(width, view, pick, compact) => {
					const start = view && domain[0] + ((domain[1] - domain[0]) * view[0]) / 1000;
					const visible: [number, number] | null =
						start === undefined || !view ? null : [start, Math.min(domain[1], start + view[1] * day)];
					const selected = pick === undefined ? null : events[pick]!.id;
					const input = options({ width, visible, compact, selected });
					const g = timelineChartGeometry(events, input);
					const labelled = g.layout.marks.filter((m) => m.label);
					const problems: string[] = [];
					for (const [i, mark] of labelled.entries()) {
						const { box, lines } = mark.label!;
						if (lines.join(' ') !== events.find((e) => e.id === mark.id)!.title)
							problems.push(`cut ${mark.id}`);
						if (box.x < -1e-9 || box.x + box.width > width + 1e-9) problems.push(`outside ${mark.id}`);
						for (const other of labelled.slice(i + 1))
							if (boxesOverlap(box, other.label!.box)) problems.push(`${mark.id} on ${other.id}`);
						for (const other of g.layout.marks) {
							const markBox = {
								x: other.x - g.markSize / 2,
								y: other.y - g.markSize / 2,
								width: other.x2 - other.x + g.markSize,
								height: g.markSize
							};
							if (boxesOverlap(box, markBox)) problems.push(`${mark.id} on mark ${other.id}`);
						}
					}
					const shown = g.layout.marks.find((m) => m.id === selected);
					if (shown && !shown.label) problems.push(`selected ${selected} unlabelled`);
					expect(problems).toEqual([]);
					// The same drawing (the scale is a function: compared by what it draws).
					const { scale, ...drawn } = g;
					const { scale: again, ...redrawn } = timelineChartGeometry([...events].reverse(), input);
					expect(redrawn).toEqual(drawn);
					expect(again.eraBands).toEqual(scale.eraBands);
				}
			),
			{ numRuns: 60 }
		);
	});
});

describe('passingLabel', () => {
	const measure = (text: string) => 6 * text.length;
	const base = { width: 300, lineHeight: 15, markSize: 10, gap: 6, padding: 3, measure };
	it('sits right of the mark when it fits, else left, else wraps on the wider side', () => {
		expect(passingLabel({ x: 10, x2: 10, y: 50 }, 'Short title', base)).toMatchObject({
			anchor: 'start',
			x: 21,
			lines: ['Short title']
		});
		expect(passingLabel({ x: 290, x2: 290, y: 50 }, 'Short title', base)).toMatchObject({
			anchor: 'end',
			x: 279,
			lines: ['Short title']
		});
		const wrapped = passingLabel(
			{ x: 150, x2: 150, y: 50 },
			'A much longer title that fits on neither side',
			base
		);
		expect(wrapped.lines.join(' ')).toBe('A much longer title that fits on neither side');
		expect(wrapped.lines.length).toBeGreaterThan(1);
		expect(wrapped.box.x).toBeGreaterThanOrEqual(0);
		expect(wrapped.box.x + wrapped.box.width).toBeLessThanOrEqual(300);
	});
});
