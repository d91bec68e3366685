/**
 * Lanes and rows for a timeline chart: each event (a summit, a tariff, a withdrawal) is marked at its date
 * on a shared time axis, in its lane (one per actor or theme, stacked top to bottom), with its label beside
 * the mark. Within a lane, events that would collide go to further rows, so nothing overlaps at any zoom.
 * Pure and deterministic: the same events in any order give the same layout.
 *
 * Coordinates are SVG px: x comes from the caller's scale (`erasScale` or `linearTimeScale` over
 * [0, width]) and y grows downward from the top of the first lane. A mark is a `markSize` diamond at the
 * start of its date's period, or, for an event with an `endDate`, a bar from the start of `date` to the end
 * of `endDate`'s period, cut to [0, width]. Its box, which nothing else in its row may come within `gap` of,
 * runs from half a mark before the mark's start to half a mark past its end, plus `gap` and the label, to
 * the right of the mark unless it would run past `width` (then to the left, if that sticks out less).
 *
 * Method: in each lane, events sorted by start, then id, each take the first row where their box fits,
 * which keeps rows few and the earliest events on the top row.
 */
import { boxesOverlap, type Box } from './labelPlacement';
import { dateExtent } from './timeScale';

export interface TimelineEvent {
	/** Names the mark in the output and breaks ties between events with the same start; unique. */
	id: string;
	/** The event's lane: one of `TimelineOptions.lanes`. */
	lane: string;
	/** When it happened, a partial ISO date: `'1966'`, `'2009-03'` or `'2025-02-14'` (see `dateExtent`). */
	date: string;
	/** For an event that lasted, its last period, included (`'2026'`: to the end of 2026); drawn as a bar. */
	endDate?: string;
	/** The label's width in px, measured or estimated by the caller (see `estimatedTextWidth` in textWidth.ts); 0 or more. */
	labelWidth: number;
}

export interface TimelineOptions {
	/** The lanes' ids, top to bottom. A lane with no event on screen keeps its header and one empty row. */
	lanes: readonly string[];
	/** Maps UTC ms to px, increasing: e.g. an `erasScale` or a `linearTimeScale` with range [0, width]. */
	scale: (ms: number) => number;
	/** The plot's width, in px; 0 or more. Events whose mark would fall outside [0, width] are offscreen. */
	width: number;
	/** The room above each lane's rows for its name, in px; 0 or more. Default 22. */
	laneHeaderHeight?: number;
	/** The height of a row of marks and labels, in px; above 0. Default 26. */
	rowHeight?: number;
	/** The width and height of a point's diamond and the thickness of a bar, in px; 0 or more. Default 10. */
	markSize?: number;
	/** The space between a mark and its label, and between boxes in a row, in px; 0 or more. Default 6. */
	gap?: number;
}

export interface TimelineLabel {
	/** The text's anchor, in px: its left end for `anchor: 'start'`, its right end for `'end'`. */
	x: number;
	/** The text's vertical centre, in px (the mark's centre): draw it with `dominant-baseline: middle`. */
	y: number;
	/** The label's width, in px, as given. */
	width: number;
	/** `'start'`: the label is right of the mark; `'end'`: left of it. As SVG's `text-anchor`. */
	anchor: 'start' | 'end';
}

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
	label: TimelineLabel;
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
	/** The number of rows of marks; 0 if none of its events is on screen. */
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
 * Places every event's mark and label in its lane, in the first row where it fits, or reports it offscreen.
 *
 * @throws Error for a malformed date, an unknown lane, a repeated id or lane, a scale giving a position that
 *   is not a number, or an option out of its range.
 */
export function timelineLayout(events: readonly TimelineEvent[], options: TimelineOptions): TimelineLayout {
	const { lanes, scale, width, laneHeaderHeight, rowHeight, markSize, gap } = checkedOptions(options);
	const byLane = new Map(lanes.map((lane): [string, TimelineMark[]] => [lane, []]));
	const offscreen: OffscreenEvent[] = [];
	for (const { event, start, end } of sortedEvents(events)) {
		const [from, to] = [scale(start), scale(end)];
		if (Number.isNaN(from) || Number.isNaN(to))
			throw new Error(`The scale gives no position for event "${event.id}".`);
		const marks = byLane.get(event.lane);
		if (!marks) throw new Error(`Event "${event.id}" is in lane "${event.lane}", which is not in lanes.`);
		if (from > width) offscreen.push({ id: event.id, lane: event.lane, side: 'after' });
		else if (from < 0 && to <= 0) offscreen.push({ id: event.id, lane: event.lane, side: 'before' });
		else {
			const x = Math.max(0, from);
			const x2 = event.endDate === undefined ? x : Math.min(width, to);
			const label = labelBeside(x - markSize / 2, x2 + markSize / 2, event.labelWidth, width, gap);
			const clippedEnd = event.endDate !== undefined && to > width;
			marks.push({
				id: event.id,
				lane: event.lane,
				row: 0,
				x,
				x2,
				y: 0,
				label,
				clippedStart: from < 0,
				clippedEnd
			});
		}
	}
	let top = 0;
	const laneLayouts = lanes.map((id) => {
		const marks = byLane.get(id) ?? [];
		const rows = assignRows(marks, markSize, gap);
		const y0 = top;
		for (const mark of marks) {
			mark.y = y0 + laneHeaderHeight + (mark.row + 0.5) * rowHeight;
			mark.label.y = mark.y;
		}
		top += laneHeaderHeight + Math.max(1, rows) * rowHeight;
		return { id, y0, y1: top, rows };
	});
	return { lanes: laneLayouts, marks: [...byLane.values()].flat(), offscreen, height: top };
}

/** The box a mark and its label take in their row, in px along x (y is the row's, so left out). */
export function markBox(mark: Pick<TimelineMark, 'x' | 'x2' | 'label'>, markSize: number): Box {
	const { x, width, anchor } = mark.label;
	const left = Math.min(mark.x - markSize / 2, anchor === 'end' ? x - width : x);
	const right = Math.max(mark.x2 + markSize / 2, anchor === 'end' ? x : x + width);
	return { x: left, y: 0, width: right - left, height: 1 };
}

/** The label right of a mark spanning [left, right], or left of it if that sticks out of [0, width] less. */
function labelBeside(left: number, right: number, labelWidth: number, width: number, gap: number) {
	const overflowRight = right + gap + labelWidth - width;
	const overflowLeft = labelWidth + gap - left;
	if (overflowRight > 0 && overflowLeft < overflowRight)
		return { x: left - gap, y: 0, width: labelWidth, anchor: 'end' as const };
	return { x: right + gap, y: 0, width: labelWidth, anchor: 'start' as const };
}

/** Puts each mark, in order, in the first row where its box is at least `gap` from every other; the rows. */
function assignRows(marks: TimelineMark[], markSize: number, gap: number): number {
	const rows: Box[][] = [];
	for (const mark of marks) {
		const box = markBox(mark, markSize);
		// Widened by the gap on one side: two boxes clash when they come within `gap` of each other.
		const spaced = { ...box, width: box.width + gap };
		const row = rows.findIndex((boxes) => boxes.every((other) => !boxesOverlap(spaced, other)));
		mark.row = row === -1 ? rows.length : row;
		(rows[mark.row] ??= []).push(spaced);
	}
	return rows.length;
}

/** The events with their extents, sorted by start, then id. */
function sortedEvents(events: readonly TimelineEvent[]) {
	const ids = new Set<string>();
	const dated = events.map((event) => {
		if (ids.has(event.id)) throw new Error(`Two events have the id "${event.id}"; ids must be unique.`);
		ids.add(event.id);
		if (!(event.labelWidth >= 0 && Number.isFinite(event.labelWidth)))
			throw new Error(`Event "${event.id}" has label width ${event.labelWidth}; it must be 0 or more.`);
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
	const { lanes, scale, width, laneHeaderHeight = 22, rowHeight = 26, markSize = 10, gap = 6 } = options;
	const resolved = { lanes, scale, width, laneHeaderHeight, rowHeight, markSize, gap };
	const atLeastZero = (value: number) => value >= 0 && Number.isFinite(value);
	const problems = [
		new Set(lanes).size !== lanes.length && 'lanes must not repeat',
		!atLeastZero(width) && 'width must be 0 or more',
		!atLeastZero(laneHeaderHeight) && 'laneHeaderHeight must be 0 or more',
		!(rowHeight > 0 && Number.isFinite(rowHeight)) && 'rowHeight must be above 0',
		!atLeastZero(markSize) && 'markSize must be 0 or more',
		!atLeastZero(gap) && 'gap must be 0 or more'
	].filter(Boolean);
	if (problems.length > 0) throw new Error(`Invalid timeline options: ${problems.join('; ')}.`);
	return resolved;
}
