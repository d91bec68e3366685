/**
 * Tests for the timeline layout: hand-worked lanes, rows and labels, then properties over random events,
 * widths, views and selections (fast-check): marks clear of each other, labels whole and clear of every
 * label, mark and leader, the selected label always placed, determinism.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, segmentBoxOverlap, type Box } from './geometry';
import { timelineLayout, type TimelineEvent, type TimelineLayout, type TimelineMark } from './timeline';
import { markBox } from './timelineLabels';
import { dateExtent } from '$lib/dates/partialDate';
import { erasScale, linearTimeScale } from './timeScale';

const eras = [
	{ id: 'cold-war', start: '1949', end: '1990', weight: 1 },
	{ id: 'after-cold-war', start: '1991', end: '2024', weight: 1 },
	{ id: 'crisis', start: '2025', end: '2026', weight: 3 }
];
const year2025: [number, number] = [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
/** 2025 over 730 px: two px a day (of a 365-day year). */
const scale = linearTimeScale(year2025, [0, 730]);
const width = 730;
/** Every character 6 px wide: labels of known width. */
const measure = (text: string) => 6 * text.length;
const defaults = { laneHeaderHeight: 22, rowHeight: 24, markSize: 10, lineHeight: 15 };

const event = (id: string, date: string, label = id, lane = 'us', endDate?: string): TimelineEvent => ({
	id,
	lane,
	date,
	label,
	...(endDate && { endDate })
});
const markOf = (layout: TimelineLayout, id: string) => layout.marks.find((mark) => mark.id === id)!;
/** A mark's box in the chart's coordinates. */
const boxOf = (mark: TimelineMark, markSize = defaults.markSize): Box => ({
	x: mark.x - markSize / 2,
	y: mark.y - markSize / 2,
	width: mark.x2 - mark.x + markSize,
	height: markSize
});

describe('timelineLayout by hand', () => {
	it('stacks marks that would touch into rows, first fit, and lays out lanes one below the other', () => {
		const layout = timelineLayout(
			[
				event('b', '2025-03-01'),
				event('a', '2025-03-01'),
				event('c', '2025-03-10'),
				event('d', '2025-03-05', 'd', 'france')
			],
			{ lanes: ['us', 'france', 'nato'], scale, width, measure, labelOthers: false }
		);
		// 2 px a day: a and b share a date; c is 18 px on, clear of both (10 + 4 apart).
		expect(layout.marks.map(({ id, lane, row }) => [id, lane, row])).toEqual([
			['a', 'us', 0],
			['b', 'us', 1],
			['c', 'us', 0],
			['d', 'france', 0]
		]);
		expect(layout.lanes).toEqual([
			{ id: 'us', y0: 0, y1: 22 + 2 * 24, rows: 2 },
			{ id: 'france', y0: 70, y1: 116, rows: 1 },
			{ id: 'nato', y0: 116, y1: 162, rows: 1 }
		]);
		expect(layout.height).toBe(162);
		expect(markOf(layout, 'a')).toMatchObject({ x: 118, x2: 118, y: 22 + 12, label: null });
		expect(markOf(layout, 'b').y).toBe(22 + 24 + 12);
	});

	it('labels the selected event whole beside its mark, right of it, and leaves the others as marks', () => {
		const layout = timelineLayout(
			[event('a', '2025-03-01', 'Summit in The Hague'), event('b', '2025-09-01')],
			{
				lanes: ['us'],
				scale,
				width,
				measure,
				selected: 'a',
				labelOthers: false
			}
		);
		const a = markOf(layout, 'a');
		expect(a.label).toMatchObject({
			lines: ['Summit in The Hague'],
			x: 118 + 5 + 6,
			y: a.y,
			anchor: 'start',
			leader: null
		});
		expect(markOf(layout, 'b').label).toBeNull();
	});

	it('puts a label left of its mark when the right has no room', () => {
		const x = scale(Date.UTC(2025, 11, 20));
		const layout = timelineLayout([event('late', '2025-12-20', 'Late in the year')], {
			lanes: ['us'],
			scale,
			width,
			measure
		});
		expect(markOf(layout, 'late').label).toMatchObject({ x: x - 5 - 6, anchor: 'end', leader: null });
	});

	it('wraps the selected label onto more lines rather than cut it, in a narrow chart', () => {
		const title = 'Trump and von der Leyen agree an EU–US trade framework at Turnberry';
		const narrow = linearTimeScale(year2025, [0, 200]);
		const layout = timelineLayout([event('deal', '2025-07-27', title)], {
			lanes: ['us'],
			scale: narrow,
			width: 200,
			measure,
			selected: 'deal'
		});
		const label = markOf(layout, 'deal').label!;
		expect(label.lines.join(' ')).toBe(title);
		expect(label.lines.length).toBeGreaterThan(1);
		expect(label.box.x).toBeGreaterThanOrEqual(0);
		expect(label.box.x + label.box.width).toBeLessThanOrEqual(200);
	});

	it('sets a label in another row with a leader when its own row is taken, and labels in priority order', () => {
		// Three events a day apart: only one label fits beside the marks; the annotated ones go to other rows.
		// Marks 2 px apart in one row (they may overlap): b takes the right, a the left, c another row.
		const layout = timelineLayout(
			[
				event('a', '2025-06-01', 'First'),
				event('b', '2025-06-02', 'Second'),
				event('c', '2025-06-03', 'Third')
			],
			{
				lanes: ['us'],
				scale,
				width,
				measure,
				rows: 3,
				markSpacing: -9,
				annotate: ['b', 'a', 'c'],
				labelOthers: false
			}
		);
		const [a, b, c] = ['a', 'b', 'c'].map((id) => markOf(layout, id)) as [
			TimelineMark,
			TimelineMark,
			TimelineMark
		];
		expect([a.row, b.row, c.row]).toEqual([0, 0, 0]);
		expect(b.label).toMatchObject({ anchor: 'start', leader: null, y: b.y });
		expect(a.label).toMatchObject({ anchor: 'end', leader: null, y: a.y });
		// Below before above: row 1, right of a leader from c's mark.
		expect(c.label).toMatchObject({ anchor: 'start', x: c.x + 3, y: c.y + 24 });
		expect(c.label!.leader).toEqual({ x1: c.x, y1: c.y + 5, x2: c.x, y2: c.y + 24 });
	});

	it('adds rows to a lane when the selected label has no room in it', () => {
		// Marks every 7 px fill the only row; the selected label goes below, with a leader.
		const crowd = Array.from({ length: 40 }, (_, i) =>
			event(`e${String(i).padStart(2, '0')}`, `2025-01-${String(1 + (i % 28)).padStart(2, '0')}`)
		).slice(0, 28);
		const layout = timelineLayout(crowd, {
			lanes: ['us'],
			scale,
			width,
			measure,
			markSpacing: -3,
			selected: 'e10',
			labelOthers: false
		});
		const label = markOf(layout, 'e10').label!;
		expect(label).not.toBeNull();
		expect(layout.lanes[0]!.rows).toBeGreaterThan(1);
		expect(label.box.y + label.box.height).toBeLessThanOrEqual(layout.height);
	});

	it('reports events outside the view as offscreen, and cuts marks that straddle an edge', () => {
		const layout = timelineLayout(
			[
				event('before', '2024-12-31'),
				event('year-before', '2024'),
				event('after', '2026-01-02'),
				event('straddles', '2024-06', 's', 'us', '2025-02'),
				event('this-year', '2025'),
				event('runs-on', '2025-11', 'r', 'us', '2026-06')
			],
			{ lanes: ['us'], scale, width, measure }
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
			event('founding', '1949-04-04', 'Founding', 'nato'),
			event('withdrawal', '1966-03-07', 'Withdrawal', 'france'),
			event('return', '2009-03', 'Return', 'france'),
			event('tariffs', '2025-04-02'),
			event('greenland', '2026-01'),
			event('review', '2025-02', 'Review', 'us', '2025-06')
		];
		const layout = timelineLayout(history, {
			lanes: ['us', 'france', 'nato'],
			scale: erasScale(eras, [0, 1000]),
			width: 1000,
			measure
		});
		expect(layout.offscreen).toEqual([]);
		expect(markOf(layout, 'withdrawal').x).toBeLessThan(200);
		expect(markOf(layout, 'return').x).toBeGreaterThan(200);
		expect(markOf(layout, 'return').x).toBeLessThan(400);
		expect(markOf(layout, 'tariffs').x).toBeGreaterThan(400);
		expect(layout.marks.map((mark) => [mark.id, mark.row])).toEqual([
			['review', 0],
			['tariffs', 1],
			['greenland', 0],
			['withdrawal', 0],
			['return', 0],
			['founding', 0]
		]);
		// Room for everyone here: every label whole.
		for (const mark of layout.marks)
			expect(mark.label?.lines.join(' ')).toBe(history.find((e) => e.id === mark.id)!.label);
	});

	it('rejects unknown lanes, repeated ids, bad dates and bad options', () => {
		const lanes = ['us'];
		expect(() => timelineLayout([event('a', '2025', 'a', 'mars')], { lanes, scale, width })).toThrow(/mars/);
		expect(() =>
			timelineLayout([event('a', '2025'), event('a', '2025-02')], { lanes, scale, width })
		).toThrow(/"a"/);
		expect(() => timelineLayout([event('bad', '2025-02-30')], { lanes, scale, width })).toThrow(/"bad"/);
		expect(() => timelineLayout([], { lanes, scale, width: -1 })).toThrow(/width/);
		expect(() => timelineLayout([], { lanes, scale, width, rowHeight: 0 })).toThrow(/rowHeight/);
		expect(() => timelineLayout([], { lanes, scale, width, rows: 0 })).toThrow(/rows/);
		expect(() => timelineLayout([], { lanes: ['us', 'us'], scale, width })).toThrow(/lanes/);
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
	const word = fc.constantFrom(
		'NATO',
		'summit',
		'in',
		'The',
		'Hague',
		'tariffs',
		'on',
		'Greenland',
		'EU–US',
		'5%'
	);
	const events = fc
		.uniqueArray(
			fc.record({
				id: fc.string({ minLength: 1, maxLength: 6 }),
				lane: fc.constantFrom(...lanes),
				date: partialDate,
				end: fc.option(partialDate, { nil: undefined }),
				words: fc.array(word, { minLength: 1, maxLength: 12 })
			}),
			{ selector: (each) => each.id, maxLength: 40 }
		)
		.map((list) =>
			list.map(({ id, lane, date, end, words }): TimelineEvent => {
				const label = words.join(' ');
				if (end === undefined) return { id, lane, date, label };
				const [first, last] = startOf(end) < startOf(date) ? [end, date] : [date, end];
				return { id, lane, date: first, endDate: last, label };
			})
		);
	/** The full eras scale, or a zoomed linear view of a random stretch. */
	const view = fc.option(
		fc.record({ start: fc.integer({ min: 0, max: 1000 }), share: fc.integer({ min: 1, max: 1000 }) }),
		{ nil: undefined }
	);
	const setup = fc.record({
		events,
		width: fc.integer({ min: 280, max: 1400 }),
		lanes: fc.integer({ min: 1, max: 3 }),
		rows: fc.integer({ min: 1, max: 4 }),
		markSpacing: fc.integer({ min: -4, max: 6 }),
		view,
		/** Which event is selected (an index into the events), and which are annotated. */
		pick: fc.option(fc.nat(), { nil: undefined }),
		annotate: fc.array(fc.nat(), { maxLength: 4 }),
		labelOthers: fc.boolean(),
		trimRows: fc.boolean()
	});
	const domain = [Date.UTC(1949, 0, 1), Date.UTC(2027, 0, 1)] as const;

	type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;

	/** The selected and annotated events' ids, picked by index in the events as generated. */
	function picks(input: Setup) {
		const byIndex = (index: number) => input.events[index % Math.max(1, input.events.length)]?.id;
		return {
			selected: input.pick === undefined ? null : (byIndex(input.pick) ?? null),
			annotate: input.annotate.map(byIndex).filter((id): id is string => id !== undefined)
		};
	}

	function layoutOf(input: Setup, chosen = picks(input)) {
		const { events: list, width: w, lanes: laneCount, view: zoom } = input;
		const { selected, annotate } = chosen;
		const used = lanes.slice(0, laneCount);
		// Fold the three lanes into the ones used, by name, so that reordering the events moves none.
		const inLanes = list.map((each) => ({
			...each,
			lane: used[lanes.indexOf(each.lane) % laneCount] ?? 'us'
		}));
		const span = domain[1] - domain[0];
		const start = zoom && domain[0] + (span * zoom.start) / 1000;
		const timeScale =
			start === undefined || zoom === undefined
				? erasScale(eras, [0, w])
				: linearTimeScale([start, start + Math.max(14 * day, (span * zoom.share) / 1000)], [0, w]);
		const layout = timelineLayout(inLanes, {
			lanes: used,
			scale: timeScale,
			width: w,
			rows: input.rows,
			markSpacing: input.markSpacing,
			selected,
			annotate,
			labelOthers: input.labelOthers,
			trimRows: input.trimRows
		});
		return { events: inLanes, selected, layout };
	}

	it('keeps marks in a row apart and inside [0, width], and each mark in its lane', () => {
		fc.assert(
			fc.property(setup, (input) => {
				const { layout } = layoutOf(input);
				const pitch = defaults.markSize + input.markSpacing;
				const problems: string[] = [];
				for (const [i, mark] of layout.marks.entries()) {
					if (!(mark.x >= 0 && mark.x <= mark.x2 && mark.x2 <= input.width))
						problems.push(`outside ${mark.id}`);
					const lane = layout.lanes.find((l) => l.id === mark.lane)!;
					if (!(mark.y > lane.y0 && mark.y < lane.y1)) problems.push(`lane ${mark.id}`);
					for (const other of layout.marks.slice(i + 1))
						if (other.lane === mark.lane && other.row === mark.row)
							if (!(other.x - mark.x2 >= pitch - 1e-9 || mark.x - other.x2 >= pitch - 1e-9))
								problems.push(`${mark.id} clashes with ${other.id}`);
				}
				expect(problems).toEqual([]);
			})
		);
	});

	it('sets every label whole, inside the chart and its lane, clear of every other label, mark and leader', () => {
		fc.assert(
			fc.property(setup, (input) => {
				const { events: list, layout } = layoutOf(input);
				const problems: string[] = [];
				const labelled = layout.marks.filter((mark) => mark.label);
				for (const [i, mark] of labelled.entries()) {
					const label = mark.label!;
					const title = list.find((e) => e.id === mark.id)!.label;
					if (label.lines.join(' ') !== title) problems.push(`${mark.id} not whole`);
					const lane = layout.lanes.find((l) => l.id === mark.lane)!;
					const { box } = label;
					if (box.x < -1e-9 || box.x + box.width > input.width + 1e-9)
						problems.push(`${mark.id} out of width`);
					if (box.y < lane.y0 + defaults.laneHeaderHeight - 1e-9 || box.y + box.height > lane.y1 + 1e-9)
						problems.push(`${mark.id} out of its lane`);
					for (const other of layout.marks) {
						if (boxesOverlap(box, boxOf(other))) problems.push(`${mark.id} label on mark ${other.id}`);
						if (other.id !== mark.id && label.leader && segmentBoxOverlap(label.leader, boxOf(other)))
							// A required label set below the rows may pass behind marks; no other may.
							if (mark.id !== picks(input).selected) problems.push(`${mark.id} leader through ${other.id}`);
					}
					for (const other of labelled.slice(i + 1)) {
						if (boxesOverlap(box, other.label!.box)) problems.push(`${mark.id} on ${other.id}`);
						if (other.label!.leader && segmentBoxOverlap(other.label!.leader, box))
							problems.push(`${other.id} leader through ${mark.id}`);
						if (label.leader && segmentBoxOverlap(label.leader, other.label!.box))
							problems.push(`${mark.id} leader through ${other.id}`);
					}
				}
				expect(problems).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});

	it('always labels the selected event, whole, when it is on screen', () => {
		fc.assert(
			fc.property(setup, (input) => {
				const { events: list, selected, layout } = layoutOf(input);
				const mark = layout.marks.find((m) => m.id === selected);
				if (!mark) return;
				expect(mark.label?.lines.join(' ')).toBe(list.find((e) => e.id === selected)!.label);
			})
		);
	});

	it('labels no other event when asked to label only the selected and annotated ones', () => {
		fc.assert(
			fc.property(setup, (input) => {
				const { layout, selected } = layoutOf({ ...input, labelOthers: false });
				const asked = new Set([selected, ...picks(input).annotate]);
				for (const mark of layout.marks) if (mark.label) expect(asked.has(mark.id)).toBe(true);
			})
		);
	});

	it('stacks lanes without overlap, and lays out every event once, deterministically whatever the order', () => {
		fc.assert(
			fc.property(setup, (input) => {
				const { events: list, layout } = layoutOf(input);
				let top = 0;
				for (const lane of layout.lanes) {
					expect(lane.y0).toBe(top);
					expect(lane.y1 - lane.y0).toBe(defaults.laneHeaderHeight + lane.rows * defaults.rowHeight);
					expect(lane.rows).toBeGreaterThanOrEqual(input.rows);
					top = lane.y1;
				}
				expect(layout.height).toBe(top);
				const ids = [...layout.marks.map((mark) => mark.id), ...layout.offscreen.map((each) => each.id)];
				expect(ids.toSorted()).toEqual(list.map((each) => each.id).toSorted());
				const reversed = layoutOf({ ...input, events: [...input.events].reverse() }, picks(input));
				expect(reversed.layout).toEqual(layout);
				if (input.view === undefined) expect(layout.offscreen).toEqual([]);
			})
		);
	});
});

describe('markBox', () => {
	it('is the mark and its ends, half a mark either side, on its row', () => {
		expect(markBox({ id: 'a', row: 1, x: 10, x2: 30 }, 24, 10)).toEqual({
			x: 5,
			y: 31,
			width: 30,
			height: 10
		});
	});
});
