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
import { type Box } from './labelPlacement.js';
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
export declare function timelineLayout(events: readonly TimelineEvent[], options: TimelineOptions): TimelineLayout;
/** The box a mark and its label take in their row, in px along x (y is the row's, so left out). */
export declare function markBox(mark: Pick<TimelineMark, 'x' | 'x2' | 'label'>, markSize: number): Box;
