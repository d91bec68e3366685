/**
 * Tests for the timeline layout: hand-worked lanes and rows, then properties over random events, widths and
 * views (fast-check). Collisions are judged with `markBox`, rebuilt from the output, and `boxesOverlap`.
 */
import fc from 'fast-check';
import { estimatedTextWidth } from './textWidth';
import { describe, expect, it } from 'vitest';
import { boxesOverlap } from './labelPlacement';
import { markBox, timelineLayout, type TimelineEvent, type TimelineLayout } from './timeline';
import { dateExtent, erasScale, linearTimeScale } from './timeScale';

const eras = [
	{ id: 'cold-war', start: '1949', end: '1990', weight: 1 },
	{ id: 'after-cold-war', start: '1991', end: '2024', weight: 1 },
	{ id: 'crisis', start: '2025', end: '2026', weight: 3 }
];
const year2025: [number, number] = [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
/** 2025 over 730 px: two px a day (of a 365-day year). */
const scale = linearTimeScale(year2025, [0, 730]);
const width = 730;
const defaults = { laneHeaderHeight: 22, rowHeight: 26, markSize: 10, gap: 6 };

const event = (id: string, date: string, labelWidth = 50, lane = 'us', endDate?: string): TimelineEvent => ({
	id,
	lane,
	date,
	labelWidth,
	...(endDate && { endDate })
});
const markOf = (layout: TimelineLayout, id: string) => layout.marks.find((mark) => mark.id === id);

describe('timelineLayout by hand', () => {
	it('stacks clashing events into rows, first fit, and lays out lanes one below the other', () => {
		const layout = timelineLayout(
			[
				event('b', '2025-03-01'),
				event('a', '2025-03-01'),
				event('c', '2025-03-10'),
				event('d', '2025-06'),
				event('e', '2025-03-05', 30, 'france')
			],
			{ lanes: ['us', 'france', 'nato'], scale, width }
		);
		expect(layout.marks.map(({ id, lane, row }) => [id, lane, row])).toEqual([
			['a', 'us', 0],
			['b', 'us', 1],
			['c', 'us', 2],
			['d', 'us', 0],
			['e', 'france', 0]
		]);
		expect(layout.lanes).toEqual([
			{ id: 'us', y0: 0, y1: 22 + 3 * 26, rows: 3 },
			{ id: 'france', y0: 100, y1: 148, rows: 1 },
			{ id: 'nato', y0: 148, y1: 196, rows: 0 }
		]);
		expect(layout.height).toBe(196);
		const a = markOf(layout, 'a');
		expect(a).toMatchObject({ x: 118, x2: 118, y: 22 + 13, clippedStart: false, clippedEnd: false });
		expect(a?.label).toEqual({ x: 118 + 5 + 6, y: 35, width: 50, anchor: 'start' });
		expect(markOf(layout, 'b')?.y).toBe(22 + 26 + 13);
		expect(layout.offscreen).toEqual([]);
	});

	it('puts a label that would run past the width left of its mark', () => {
		const layout = timelineLayout([event('late', '2025-12-20', 80)], { lanes: ['us'], scale, width });
		const x = scale(Date.UTC(2025, 11, 20));
		expect(markOf(layout, 'late')?.label).toEqual({ x: x - 5 - 6, y: 35, width: 80, anchor: 'end' });
	});

	it('keeps a label right of its mark when the left sticks out more', () => {
		const layout = timelineLayout([event('wide', '2025-02', 700)], { lanes: ['us'], scale, width });
		expect(markOf(layout, 'wide')?.label.anchor).toBe('start');
	});

	it('reports events outside the view as offscreen, and cuts marks that straddle an edge', () => {
		const layout = timelineLayout(
			[
				event('before', '2024-12-31'),
				event('year-before', '2024'),
				event('after', '2026-01-02'),
				event('straddles', '2024-06', 50, 'us', '2025-02'),
				event('this-year', '2025'),
				event('runs-on', '2025-11', 20, 'us', '2026-06')
			],
			{ lanes: ['us'], scale, width }
		);
		expect(layout.offscreen).toEqual([
			{ id: 'year-before', lane: 'us', side: 'before' },
			{ id: 'before', lane: 'us', side: 'before' },
			{ id: 'after', lane: 'us', side: 'after' }
		]);
		expect(markOf(layout, 'straddles')).toMatchObject({ x: 0, x2: 2 * 59, clippedStart: true });
		expect(markOf(layout, 'this-year')).toMatchObject({ x: 0, x2: 0, clippedStart: false });
		expect(markOf(layout, 'runs-on')).toMatchObject({ x2: width, clippedStart: false, clippedEnd: true });
	});

	it('lays out a 1949–2026 history on the eras scale, the crisis spread over the widest band', () => {
		const history = [
			event('founding', '1949-04-04', 90, 'nato'),
			event('withdrawal', '1966-03-07', 160, 'france'),
			event('return', '2009-03', 120, 'france'),
			event('tariffs', '2025-04-02', 70),
			event('greenland', '2026-01', 90),
			event('review', '2025-02', 100, 'us', '2025-06')
		];
		const eraWidth = 1000;
		const layout = timelineLayout(history, {
			lanes: ['us', 'france', 'nato'],
			scale: erasScale(eras, [0, eraWidth]),
			width: eraWidth
		});
		expect(layout.offscreen).toEqual([]);
		expect(markOf(layout, 'withdrawal')?.x).toBeLessThan(200);
		expect(markOf(layout, 'return')?.x).toBeGreaterThan(200);
		expect(markOf(layout, 'return')?.x).toBeLessThan(400);
		expect(markOf(layout, 'tariffs')?.x).toBeGreaterThan(400);
		expect(layout.marks.map((mark) => [mark.id, mark.row])).toEqual([
			['review', 0],
			['tariffs', 1],
			['greenland', 0],
			['withdrawal', 0],
			['return', 0],
			['founding', 0]
		]);
	});

	it('rejects unknown lanes, repeated ids, bad dates and bad options', () => {
		const lanes = ['us'];
		expect(() => timelineLayout([event('a', '2025', 10, 'mars')], { lanes, scale, width })).toThrow(/mars/);
		expect(() =>
			timelineLayout([event('a', '2025'), event('a', '2025-02')], { lanes, scale, width })
		).toThrow(/"a"/);
		expect(() => timelineLayout([event('bad', '2025-02-30')], { lanes, scale, width })).toThrow(/"bad"/);
		expect(() => timelineLayout([event('a', '2025', -1)], { lanes, scale, width })).toThrow(/label width/);
		expect(() => timelineLayout([], { lanes, scale, width: -1 })).toThrow(/width/);
		expect(() => timelineLayout([], { lanes, scale, width, rowHeight: 0 })).toThrow(/rowHeight/);
		expect(() => timelineLayout([], { lanes: ['us', 'us'], scale, width })).toThrow(/lanes/);
	});
});

describe('estimatedTextWidth', () => {
	it('counts 0.56 em a lowercase letter, 0.72 a capital, 0.3 a space, 0.6 anything else', () => {
		expect(estimatedTextWidth('', 12)).toBe(0);
		expect(estimatedTextWidth('aB 1', 10)).toBeCloseTo(5.6 + 7.2 + 3 + 6, 9);
		expect(estimatedTextWidth('Élysée', 10)).toBeCloseTo(7.2 + 5 * 5.6, 9);
	});
});

describe('timelineLayout properties', () => {
	const lanes = ['us', 'france', 'nato'];
	const day = 86_400_000;
	const partialDate = fc
		.record({
			year: fc.integer({ min: 1949, max: 2026 }),
			month: fc.integer({ min: 1, max: 12 }),
			day: fc.integer({ min: 1, max: 28 }),
			precision: fc.constantFrom('year', 'month', 'day')
		})
		.map(({ year, month, day: date, precision }) => {
			const parts = [String(year), String(month).padStart(2, '0'), String(date).padStart(2, '0')];
			return parts.slice(0, precision === 'year' ? 1 : precision === 'month' ? 2 : 3).join('-');
		});
	const startOf = (date: string) => dateExtent(date).start;
	const events = fc
		.uniqueArray(
			fc.record({
				id: fc.string({ minLength: 1, maxLength: 6 }),
				lane: fc.constantFrom(...lanes),
				date: partialDate,
				end: fc.option(partialDate, { nil: undefined }),
				labelWidth: fc.integer({ min: 20, max: 200 })
			}),
			{ selector: (each) => each.id, maxLength: 40 }
		)
		.map((list) =>
			list.map(({ id, lane, date, end, labelWidth }): TimelineEvent => {
				if (end === undefined) return { id, lane, date, labelWidth };
				const [first, last] = startOf(end) < startOf(date) ? [end, date] : [date, end];
				return { id, lane, date: first, endDate: last, labelWidth };
			})
		);
	/** The full eras scale, or a zoomed linear view of a random stretch. */
	const view = fc.option(
		fc.record({ start: fc.integer({ min: 0, max: 1000 }), share: fc.integer({ min: 1, max: 1000 }) }),
		{ nil: undefined }
	);
	const setup = fc.record({
		events,
		width: fc.integer({ min: 300, max: 1400 }),
		lanes: fc.integer({ min: 1, max: 3 }),
		view
	});
	const domain = [Date.UTC(1949, 0, 1), Date.UTC(2027, 0, 1)] as const;

	type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;

	function layoutOf({ events: list, width, lanes: laneCount, view: zoom }: Setup) {
		const used = lanes.slice(0, laneCount);
		// Fold the three lanes into the ones used, by name, so that reordering the events moves none.
		const inLanes = list.map((each) => ({
			...each,
			lane: used[lanes.indexOf(each.lane) % laneCount] ?? 'us'
		}));
		const span = domain[1] - domain[0];
		const start = zoom && domain[0] + (span * zoom.start) / 1000;
		const scale =
			start === undefined || zoom === undefined
				? erasScale(eras, [0, width])
				: linearTimeScale([start, start + Math.max(14 * day, (span * zoom.share) / 1000)], [0, width]);
		return { events: inLanes, layout: timelineLayout(inLanes, { lanes: used, scale, width }) };
	}

	it('keeps marks and labels in a lane row clear of each other, and marks inside [0, width]', () => {
		fc.assert(
			fc.property(setup, (input) => {
				const { layout } = layoutOf(input);
				const problems: string[] = [];
				for (const [i, mark] of layout.marks.entries()) {
					if (!(mark.x >= 0 && mark.x <= mark.x2 && mark.x2 <= input.width))
						problems.push(`outside ${mark.id}`);
					if (!(mark.row >= 0 && Number.isInteger(mark.row))) problems.push(`row ${mark.id}`);
					const box = markBox(mark, defaults.markSize);
					for (const other of layout.marks.slice(i + 1)) {
						if (other.lane !== mark.lane || other.row !== mark.row) continue;
						const otherBox = markBox(other, defaults.markSize);
						const spaced = { ...box, x: box.x - defaults.gap, width: box.width + 2 * defaults.gap };
						if (boxesOverlap(spaced, otherBox)) problems.push(`${mark.id} clashes with ${other.id}`);
					}
				}
				expect(problems).toEqual([]);
			})
		);
	});

	it('stacks lanes without overlap, each as tall as its rows, and puts each mark in its lane', () => {
		fc.assert(
			fc.property(setup, (input) => {
				const { layout } = layoutOf(input);
				let top = 0;
				for (const lane of layout.lanes) {
					expect(lane.y0).toBe(top);
					expect(lane.y1 - lane.y0).toBe(
						defaults.laneHeaderHeight + Math.max(1, lane.rows) * defaults.rowHeight
					);
					const marks = layout.marks.filter((mark) => mark.lane === lane.id);
					expect(Math.max(-1, ...marks.map((mark) => mark.row)) + 1).toBe(lane.rows);
					for (const mark of marks) {
						expect(mark.y).toBe(lane.y0 + defaults.laneHeaderHeight + (mark.row + 0.5) * defaults.rowHeight);
						expect(mark.label.y).toBe(mark.y);
					}
					top = lane.y1;
				}
				expect(layout.height).toBe(top);
			})
		);
	});

	it('lays out or reports offscreen every event exactly once, and is deterministic whatever the order', () => {
		fc.assert(
			fc.property(setup, (input) => {
				const { events: list, layout } = layoutOf(input);
				const ids = [...layout.marks.map((mark) => mark.id), ...layout.offscreen.map((each) => each.id)];
				expect(ids.toSorted()).toEqual(list.map((each) => each.id).toSorted());
				const reversed = layoutOf({ ...input, events: [...input.events].reverse() });
				expect(reversed.layout).toEqual(layoutOf(input).layout);
				if (input.view === undefined) expect(layout.offscreen).toEqual([]);
			})
		);
	});
});
