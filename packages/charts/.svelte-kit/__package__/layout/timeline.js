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
import { boxesOverlap } from './labelPlacement.js';
import { dateExtent } from './timeScale.js';
/**
 * Places every event's mark and label in its lane, in the first row where it fits, or reports it offscreen.
 *
 * @throws Error for a malformed date, an unknown lane, a repeated id or lane, a scale giving a position that
 *   is not a number, or an option out of its range.
 */
export function timelineLayout(events, options) {
    const { lanes, scale, width, laneHeaderHeight, rowHeight, markSize, gap } = checkedOptions(options);
    const byLane = new Map(lanes.map((lane) => [lane, []]));
    const offscreen = [];
    for (const { event, start, end } of sortedEvents(events)) {
        const [from, to] = [scale(start), scale(end)];
        if (Number.isNaN(from) || Number.isNaN(to))
            throw new Error(`The scale gives no position for event "${event.id}".`);
        const marks = byLane.get(event.lane);
        if (!marks)
            throw new Error(`Event "${event.id}" is in lane "${event.lane}", which is not in lanes.`);
        if (from > width)
            offscreen.push({ id: event.id, lane: event.lane, side: 'after' });
        else if (from < 0 && to <= 0)
            offscreen.push({ id: event.id, lane: event.lane, side: 'before' });
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
export function markBox(mark, markSize) {
    const { x, width, anchor } = mark.label;
    const left = Math.min(mark.x - markSize / 2, anchor === 'end' ? x - width : x);
    const right = Math.max(mark.x2 + markSize / 2, anchor === 'end' ? x : x + width);
    return { x: left, y: 0, width: right - left, height: 1 };
}
/** The label right of a mark spanning [left, right], or left of it if that sticks out of [0, width] less. */
function labelBeside(left, right, labelWidth, width, gap) {
    const overflowRight = right + gap + labelWidth - width;
    const overflowLeft = labelWidth + gap - left;
    if (overflowRight > 0 && overflowLeft < overflowRight)
        return { x: left - gap, y: 0, width: labelWidth, anchor: 'end' };
    return { x: right + gap, y: 0, width: labelWidth, anchor: 'start' };
}
/** Puts each mark, in order, in the first row where its box is at least `gap` from every other; the rows. */
function assignRows(marks, markSize, gap) {
    const rows = [];
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
function sortedEvents(events) {
    const ids = new Set();
    const dated = events.map((event) => {
        if (ids.has(event.id))
            throw new Error(`Two events have the id "${event.id}"; ids must be unique.`);
        ids.add(event.id);
        if (!(event.labelWidth >= 0 && Number.isFinite(event.labelWidth)))
            throw new Error(`Event "${event.id}" has label width ${event.labelWidth}; it must be 0 or more.`);
        try {
            return { event, ...dateExtent(event.date, event.endDate) };
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(`Event "${event.id}": ${reason}`, { cause: error });
        }
    });
    return dated.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
}
function checkedOptions(options) {
    const { lanes, scale, width, laneHeaderHeight = 22, rowHeight = 26, markSize = 10, gap = 6 } = options;
    const resolved = { lanes, scale, width, laneHeaderHeight, rowHeight, markSize, gap };
    const atLeastZero = (value) => value >= 0 && Number.isFinite(value);
    const problems = [
        new Set(lanes).size !== lanes.length && 'lanes must not repeat',
        !atLeastZero(width) && 'width must be 0 or more',
        !atLeastZero(laneHeaderHeight) && 'laneHeaderHeight must be 0 or more',
        !(rowHeight > 0 && Number.isFinite(rowHeight)) && 'rowHeight must be above 0',
        !atLeastZero(markSize) && 'markSize must be 0 or more',
        !atLeastZero(gap) && 'gap must be 0 or more'
    ].filter(Boolean);
    if (problems.length > 0)
        throw new Error(`Invalid timeline options: ${problems.join('; ')}.`);
    return resolved;
}
