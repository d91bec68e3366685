/**
 * Direct labels for a scatter plot such as a party position map: each dot's label goes beside its dot, clear
 * of every other label, of every dot and of the plot's edges, as a designer would place them by hand. Pure
 * and deterministic; thirty labels place in a small fraction of a millisecond.
 *
 * Coordinates are SVG pixels: x grows to the right and y downward. A label is a box whose size the caller
 * measured or estimated; the layout returns the box's top-left corner. Boxes that merely touch do not
 * overlap, and no label comes closer than `gap` to any dot, its own included.
 *
 * Method: a greedy placement, most constrained dot first (fewest usable spots beside it, then most dots
 * within reach, then by id), so that crowded dots choose before their neighbours fill the room around
 * them. Each label takes the first free spot among, in turn:
 * 1. the eight usual spots beside its dot, in the order readers expect (see `besideDirections`);
 * 2. one of those spots slid along the plot's edge, when it stuck out of the plot but still touches the dot;
 * 3. a usual spot taken by one placed label, after moving that label to another of its own usual spots;
 * 4. with `leader`, a spot farther out, on rings every `leaderStep` px up to `maxLeaderDistance` px, joined to
 *    its dot by a leader line that crosses no label, no other leader and no other dot (bar one it starts
 *    inside, such as a big dot its own small dot sits on).
 * Labels with no free spot wait until every other label is placed, get one more try, then take the usual
 * spot, kept inside the plot, that overlaps least, and are flagged `overlaps: true`; hiding the flagged
 * labels always leaves a clean layout. If any label is flagged, the placement is redone (at most three
 * times) with the flagged labels first, and the attempt with the fewest flagged labels wins.
 */
/** A dot to label: its centre and radius, and the size of its label's box. */
export interface LabelPoint {
    /** Names the label in the output; also breaks ties in the placement order, so keep ids unique. */
    id: string;
    /** The dot's centre, in px from the left. */
    x: number;
    /** The dot's centre, in px from the top. */
    y: number;
    /** The dot's radius, in px; 0 or more (0 for a label of a point drawn without a dot). */
    r: number;
    /** The label box's width, in px, as measured or estimated by the caller; include any padding wanted. */
    width: number;
    /** The label box's height, in px, as measured or estimated by the caller; include any padding wanted. */
    height: number;
}
/** The plot area, in px: left `x0`, top `y0`, right `x1`, bottom `y1` (so x0 ≤ x1 and y0 ≤ y1). */
export interface LabelBounds {
    x0: number;
    y0: number;
    x1: number;
    y1: number;
}
export interface LabelOptions {
    /** The area every label must stay inside, in px, usually the plot area inside the axes. Required. */
    bounds: LabelBounds;
    /** The space kept between any dot's edge and any label, in px; a negative gap counts as 0. Default 3. */
    gap?: number;
    /**
     * Whether a label with no room beside its dot may be moved up to `maxLeaderDistance` px farther out, with a
     * leader line back to the dot. Default true. Even when false, a label that cannot be placed cleanly is kept
     * inside the plot, so it may end up `'displaced'` (and flagged `overlaps`).
     */
    leader?: boolean;
}
/** Where a label sits: beside its dot on that side (`'top-right'`: above and to the right), or moved away. */
export type LabelAnchor = 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left' | 'displaced';
/** A line segment from (x1, y1) to (x2, y2), in px. */
export interface Segment {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
}
/** A leader line: from (x1, y1) on the dot's edge to (x2, y2), the point of the label box nearest the dot. */
export type LeaderLine = Segment;
export interface PlacedLabel {
    id: string;
    /** The label box's left edge, in px. */
    x: number;
    /** The label box's top edge, in px. */
    y: number;
    /** The label box's width, in px, as given. */
    width: number;
    /** The label box's height, in px, as given. */
    height: number;
    /**
     * The side of the dot the label is on. A label slid along the plot's edge keeps its side, so a `'top'`
     * label is above its dot but not always centred on it.
     */
    anchor: LabelAnchor;
    /** Only for a `'displaced'` label clear of its dot: the line to draw from the dot to the label. */
    leader?: LeaderLine;
    /**
     * Present only when no free spot was found: the label overlaps a dot, another label or a leader line, or
     * sticks out of the plot (when it is bigger than the plot). Other labels never overlap one another, any dot
     * or any leader, so hiding the flagged ones leaves a clean layout.
     */
    overlaps?: true;
}
/** An axis-aligned box: top-left corner (x, y) and size, in px. */
export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}
/** A circle: centre (x, y) and radius r, in px. */
export interface Circle {
    x: number;
    y: number;
    r: number;
}
/** The distance between the rings searched for a displaced label, in px. */
export declare const leaderStep = 6;
/**
 * How much farther than its usual spot a displaced label may go, in px: beyond a few label heights, readers
 * stop linking a label to its dot even with a leader line.
 */
export declare const maxLeaderDistance = 60;
/** Whether two boxes share some area; boxes that only touch along an edge do not. */
export declare function boxesOverlap(a: Box, b: Box): boolean;
/** Whether a box and a circle share some area; touching does not count. */
export declare function boxCircleOverlap(box: Box, circle: Circle): boolean;
/** Whether a segment passes through the inside of a box; running along or touching its edge does not count. */
export declare function segmentBoxOverlap(segment: Segment, box: Box): boolean;
/** Whether a segment passes through the inside of a circle; touching does not count. */
export declare function segmentCircleOverlap(segment: Segment, circle: Circle): boolean;
/**
 * Places the label of every point, returned in input order. Never throws: a label with no free spot is
 * still placed, flagged `overlaps: true` (see `PlacedLabel`).
 */
export declare function labelPlacement(points: readonly LabelPoint[], options: LabelOptions): PlacedLabel[];
