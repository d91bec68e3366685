/**
 * Lanes, rows and labels for a timeline chart: each event (a summit, a tariff, a withdrawal) is marked at its
 * date on a shared time axis, in its lane (one per actor or theme, stacked top to bottom). Marks that would
 * touch go to further rows, so every event stays visible and can be pointed at. Labels are annotations: the
 * selected event's title always, whole; then the events asked for; then the others by priority, each only
 * where it fits whole (see timelineLabels.ts). An event without a label is still a mark. Pure and
 * deterministic: the same events in any order give the same layout.
 *
 * Coordinates are SVG px: x comes from the caller's scale (`erasScale` or `linearTimeScale` over
 * [0, width]) and y grows downward from the top of the first lane. A mark is a `markSize` point at the start
 * of its date's period, or, for an event with an `endDate`, a bar from the start of `date` to the end of
 * `endDate`'s period, cut to [0, width].
 *
 * Method: in each lane, marks sorted by start, then id, each take the first row where they keep
 * `markSpacing` from every other mark, which keeps rows few and the earliest marks on the top row. Then each
 * lane's labels are placed in priority order in its rows (at least `rows` of them).
 *
 * The lanes, the first-fit rows and the labels are ours: d3 has no interval packing, and Observable Plot's
 * `dodge` and `repel` transforms shift marks along one axis rather than stack them in rows. The scale is
 * d3's (timeScale.ts).
 */
import { laneLabels, type LabelRequest, type LaneLabel } from './timelineLabels';
import type { Measure } from './labelLines';
import { safeTextWidth } from './safeTextWidth';
import { dateExtent } from '$lib/dates/partialDate';

export interface TimelineEvent {
	/** Names the mark in the output and breaks ties between events with the same start; unique. */
	id: string;
	/** The event's lane: one of `TimelineOptions.lanes`. */
	lane: string;
	/** When it happened, a partial ISO date: `'1966'`, `'2009-03'` or `'2025-02-14'` (see `dateExtent`). */
	date: string;
	/** For an event that lasted, its last period, included (`'2026'`: to the end of 2026); drawn as a bar. */
	endDate?: string;
	/** The event's label, e.g. its title: shown whole or not at all. */
	label: string;
}

export interface TimelineOptions {
	/** The lanes' ids, top to bottom. A lane with no event on screen keeps its header and its rows. */
	lanes: readonly string[];
	/** Maps UTC ms to px, increasing: e.g. an `erasScale` or a `linearTimeScale` with range [0, width]. */
	scale: (ms: number) => number;
	/** The plot's width, in px; 0 or more. Events whose mark would fall outside [0, width] are offscreen. */
	width: number;
	/** The room above each lane's rows for its name, in px; 0 or more. Default 22. */
	laneHeaderHeight?: number;
	/** The height of a row of marks, in px; above 0. Default 24. */
	rowHeight?: number;
	/** The rows each lane has at least, for labels to use: 1 or more. More when its marks need them. Default 1. */
	rows?: number;
	/** The rows a lane has at least when it has a label to place first (the selected or annotated events). Default `rows`. */
	rowsWithLabels?: number;
	/** Whether a lane keeps only the rows its marks and labels use (at least `rows`), for a figure whose height counts more than staying the same from view to view. Default false. */
	trimRows?: boolean;
	/** The width and height of a point and the thickness of a bar, in px; 0 or more. Default 10. */
	markSize?: number;
	/** The least distance between two marks' edges in a row, in px (negative: they may overlap). Default 4. */
	markSpacing?: number;
	/** The space between a mark and a label beside it, in px; 0 or more. Default 6. */
	gap?: number;
	/** The height of a line of label text, in px; above 0. Default 15. */
	lineHeight?: number;
	/** The width of a line of label text, in px. Default `safeTextWidth` at 12 px. */
	measure?: Measure;
	/** The event whose label is always shown, whole (on up to three lines, more only if it must). */
	selected?: string | null;
	/** Events to label next, in this order (e.g. the events a story step is about), where they fit. */
	annotate?: readonly string[];
	/** Whether the other events are labelled where they fit, after those; false leaves them marks. Default true. */
	labelOthers?: boolean;
	/** Among the others, events labelled first (e.g. those the motion cites). */
	preferred?: readonly string[];
	/** Among the others, nearer this x are labelled first, in px. Default the middle of the width. */
	focusX?: number;
	/** The most lines a label other than the selected one may take. Default 2. */
	maxLines?: number;
}

export type TimelineLabel = LaneLabel;

export interface TimelineMark {
	id: string;
	lane: string;
	/** The mark's row in its lane: 0 is the top row. */
	row: number;
	/** The start of the date's period, in px, cut to [0, width]: a point's centre, a bar's left end. */
	x: number;
	/** A bar's right end, in px, cut to [0, width]; equal to `x` for a point. */
	x2: number;
	/** The mark's vertical centre, in px. */
	y: number;
	/** Its label, in the chart's coordinates, or null when it has none. */
	label: TimelineLabel | null;
	/** Whether the event's period started before the left edge (its true start is off screen). */
	clippedStart: boolean;
	/** Whether a bar runs on past the right edge. Always false for a point. */
	clippedEnd: boolean;
}

export interface TimelineLane {
	id: string;
	/** The lane's top edge (where its header starts), in px. */
	y0: number;
	/** The lane's bottom edge, in px: the next lane's `y0`. */
	y1: number;
	/** The number of rows, for marks and labels. */
	rows: number;
}

export interface OffscreenEvent {
	id: string;
	lane: string;
	/** `'before'`: its period ended at or before the left edge; `'after'`: it starts past the right edge. */
	side: 'before' | 'after';
}

export interface TimelineLayout {
	/** Every lane, in the order of `options.lanes`, each below the one before. */
	lanes: TimelineLane[];
	/** The marks on screen, lane by lane, each lane's sorted by start, then id. */
	marks: TimelineMark[];
	/** The events whose period lies wholly outside [0, width], sorted by start, then id. */
	offscreen: OffscreenEvent[];
	/** The height of all the lanes, in px. */
	height: number;
}

/**
 * Places every event's mark in its lane, in the first row where it fits, or reports it offscreen; then labels
 * the marks in priority order where their labels fit.
 *
 * @throws Error for a malformed date, an unknown lane, a repeated id or lane, a scale giving a position that
 *   is not a number, or an option out of its range.
 */
export function timelineLayout(events: readonly TimelineEvent[], options: TimelineOptions): TimelineLayout {
	const o = checkedOptions(options);
	const byLane = new Map(o.lanes.map((lane): [string, TimelineMark[]] => [lane, []]));
	const offscreen: OffscreenEvent[] = [];
	const labels = new Map<string, string>();
	for (const { event, start, end } of sortedEvents(events)) {
		const [from, to] = [o.scale(start), o.scale(end)];
		if (Number.isNaN(from) || Number.isNaN(to))
			throw new Error(`The scale gives no position for event "${event.id}".`);
		const marks = byLane.get(event.lane);
		if (!marks) throw new Error(`Event "${event.id}" is in lane "${event.lane}", which is not in lanes.`);
		if (from > o.width) offscreen.push({ id: event.id, lane: event.lane, side: 'after' });
		else if (from < 0 && to <= 0) offscreen.push({ id: event.id, lane: event.lane, side: 'before' });
		else {
			const x = Math.max(0, from);
			const x2 = event.endDate === undefined ? x : Math.max(x, Math.min(o.width, to));
			const clippedEnd = event.endDate !== undefined && to > o.width;
			labels.set(event.id, event.label);
			marks.push({
				id: event.id,
				lane: event.lane,
				row: 0,
				x,
				x2,
				y: 0,
				label: null,
				clippedStart: from < 0,
				clippedEnd
			});
		}
	}
	const order = labelOrder([...byLane.values()].flat(), o);
	let top = 0;
	const laneLayouts = o.lanes.map((id) => {
		const marks = byLane.get(id) ?? [];
		const markRows = assignRows(marks, o.markSize + o.markSpacing);
		const requests: LabelRequest[] = order
			.filter((entry) => entry.lane === id)
			.map((entry) => ({
				id: entry.id,
				text: labels.get(entry.id) ?? '',
				maxLines: entry.id === o.selected ? 3 : o.maxLines,
				required: entry.id === o.selected
			}));
		const asked = requests.some((request) => request.id === o.selected || o.annotate.includes(request.id));
		const placed = laneLabels(marks, requests, {
			width: o.width,
			rows: Math.max(asked ? o.rowsWithLabels : o.rows, markRows),
			rowHeight: o.rowHeight,
			lineHeight: o.lineHeight,
			markSize: o.markSize,
			gap: o.gap,
			leaderGap: 3,
			padding: 2,
			measure: o.measure
		});
		const used = Math.max(
			o.rows,
			markRows,
			...placed.labels.map((label) => Math.ceil((label.box.y + label.box.height) / o.rowHeight - 1e-9))
		);
		const rows = o.trimRows ? used : placed.rows;
		const y0 = top;
		const rowsTop = y0 + o.laneHeaderHeight;
		const byId = new Map(placed.labels.map((label) => [label.id, label]));
		for (const mark of marks) {
			mark.y = rowsTop + (mark.row + 0.5) * o.rowHeight;
			const label = byId.get(mark.id);
			mark.label = label ? shifted(label, rowsTop) : null;
		}
		top += o.laneHeaderHeight + rows * o.rowHeight;
		return { id, y0, y1: top, rows };
	});
	return { lanes: laneLayouts, marks: [...byLane.values()].flat(), offscreen, height: top };
}

/**
 * The order labels are placed in: the selected event, then `annotate` in its order, then (with
 * `labelOthers`) the preferred events, then the rest, each group by distance from `focusX`, then by id.
 */
function labelOrder(marks: readonly TimelineMark[], o: Required<TimelineOptions>): TimelineMark[] {
	const rank = new Map<string, number>();
	if (o.selected) rank.set(o.selected, 0);
	o.annotate.forEach((id, index) => rank.has(id) || rank.set(id, 1 + index));
	const first = marks
		.filter((mark) => rank.has(mark.id))
		.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
	if (!o.labelOthers) return first;
	const preferred = new Set(o.preferred);
	const distance = (mark: TimelineMark) => Math.abs((mark.x + mark.x2) / 2 - o.focusX);
	const rest = marks
		.filter((mark) => !rank.has(mark.id))
		.sort(
			(a, b) =>
				Number(preferred.has(b.id)) - Number(preferred.has(a.id)) ||
				distance(a) - distance(b) ||
				(a.id < b.id ? -1 : 1)
		);
	return [...first, ...rest];
}

/** A label moved down by `dy` px. */
function shifted(label: LaneLabel, dy: number): LaneLabel {
	return {
		...label,
		y: label.y + dy,
		box: { ...label.box, y: label.box.y + dy },
		leader: label.leader && { ...label.leader, y1: label.leader.y1 + dy, y2: label.leader.y2 + dy }
	};
}

/** Puts each mark, in order, in the first row where it is `pitch` px or more from every other; the rows. */
function assignRows(marks: TimelineMark[], pitch: number): number {
	const rows: { x: number; x2: number }[][] = [];
	for (const mark of marks) {
		const fits = (others: { x: number; x2: number }[]) =>
			others.every((other) => mark.x - other.x2 >= pitch || other.x - mark.x2 >= pitch);
		const row = rows.findIndex(fits);
		mark.row = row === -1 ? rows.length : row;
		(rows[mark.row] ??= []).push(mark);
	}
	return rows.length;
}

/** The events with their extents, sorted by start, then id. */
function sortedEvents(events: readonly TimelineEvent[]) {
	const ids = new Set<string>();
	const dated = events.map((event) => {
		if (ids.has(event.id)) throw new Error(`Two events have the id "${event.id}"; ids must be unique.`);
		ids.add(event.id);
		try {
			return { event, ...dateExtent(event.date, event.endDate) };
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new Error(`Event "${event.id}": ${reason}`, { cause: error });
		}
	});
	return dated.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
}

function checkedOptions(options: TimelineOptions): Required<TimelineOptions> {
	const {
		lanes,
		scale,
		width,
		laneHeaderHeight = 22,
		rowHeight = 24,
		rows = 1,
		rowsWithLabels = rows,
		trimRows = false,
		markSize = 10,
		markSpacing = 4,
		gap = 6,
		lineHeight = 15,
		measure = (text: string) => safeTextWidth(text, 12),
		selected = null,
		annotate = [],
		labelOthers = true,
		preferred = [],
		focusX = width / 2,
		maxLines = 2
	} = options;
	const resolved = {
		lanes,
		scale,
		width,
		laneHeaderHeight,
		rowHeight,
		rows,
		rowsWithLabels,
		trimRows,
		markSize,
		markSpacing,
		gap,
		lineHeight,
		measure,
		selected,
		annotate,
		labelOthers,
		preferred,
		focusX,
		maxLines
	};
	const atLeastZero = (value: number) => value >= 0 && Number.isFinite(value);
	const problems = [
		new Set(lanes).size !== lanes.length && 'lanes must not repeat',
		!atLeastZero(width) && 'width must be 0 or more',
		!atLeastZero(laneHeaderHeight) && 'laneHeaderHeight must be 0 or more',
		!(rowHeight > 0 && Number.isFinite(rowHeight)) && 'rowHeight must be above 0',
		!(Number.isInteger(rows) && rows >= 1) && 'rows must be a whole number, 1 or more',
		!(Number.isInteger(rowsWithLabels) && rowsWithLabels >= 1) &&
			'rowsWithLabels must be a whole number, 1 or more',
		!atLeastZero(markSize) && 'markSize must be 0 or more',
		!Number.isFinite(markSpacing) && 'markSpacing must be a number',
		!atLeastZero(gap) && 'gap must be 0 or more',
		!(lineHeight > 0 && Number.isFinite(lineHeight)) && 'lineHeight must be above 0',
		!(Number.isInteger(maxLines) && maxLines >= 1) && 'maxLines must be a whole number, 1 or more'
	].filter(Boolean);
	if (problems.length > 0) throw new Error(`Invalid timeline options: ${problems.join('; ')}.`);
	return resolved;
}
