/**
 * The geometry of the visual argument map, in the classic pro/con layout: the thesis centred at the top, the
 * claims for it in a left column and the claims against it in a right column; below `stackBelow` px the two
 * columns stack, for above against. Pure: a tree (see `argumentTree.ts`) and a width in, boxes and edges out.
 *
 * Coordinates are SVG pixels: x grows to the right and y downward; boxes are given by their top-left corner.
 * Each column is a tidy indented tree: every claim sits below the one before it in document order, `gap` px
 * apart, and is indented `indent` px per level (less when a deep tree would make boxes too narrow: see
 * `argumentMap`). A column's claims belong to it by their top-level claim, so an attack on a claim for the
 * thesis sits under that claim in the left column, though its own `side` is 'against'.
 *
 * Edges are right-angled polylines that run in the indentation gutters and never cross a box: from the
 * claim's left edge, across to a vertical "spine" and up to the parent's bottom edge (supports and attacks
 * use different spines, a quarter and a half of the indent in from the parent's left edge); top-level claims
 * reach the thesis along one trunk per column and a bus in the band below the thesis. An undercut ends
 * instead on the middle of the first (horizontal) stretch of its target's own edge: the inference it attacks.
 */
import type { ArgumentTree, Relation, Side } from './argumentTree.js';
export interface ArgumentMapOptions {
    /** The width of the whole map, in px; above 0. Required. Nothing is laid out beyond it. */
    width: number;
    /** The text's font size, in px; above 0. Default 14. A character is taken to be 0.5 em wide on average. */
    fontSize?: number;
    /** The distance between lines of text, as a multiple of `fontSize`; above 0. Default 1.35. */
    lineHeight?: number;
    /** How far a claim is indented from its target, in px; above 0. Default 24. */
    indent?: number;
    /** The space between boxes one above the other, in px; 0 or more. Default 12. Columns are 2 × gap apart. */
    gap?: number;
    /** The space between a box's edge and its text, in px, on every side; 0 or more. Default 10. */
    padding?: number;
    /** Below this width, in px, the columns stack, for above against. Default 640. */
    stackBelow?: number;
    /** Claims to leave out (classroom mode), with everything below them. The thesis is always laid out. */
    hidden?: ReadonlySet<string>;
}
export interface MapPoint {
    x: number;
    y: number;
}
export interface ArgumentMapNode {
    id: string;
    /** The box's left edge, in px. */
    x: number;
    /** The box's top edge, in px. */
    y: number;
    /** In px. */
    width: number;
    /** In px: `lines × fontSize × lineHeight + 2 × padding`. */
    height: number;
    /** The number of lines the text is estimated to wrap to. */
    lines: number;
    /** The claim's own side; null for the thesis. */
    side: Side | null;
}
export interface ArgumentMapEdge {
    /** The claim's id. */
    from: string;
    /** Its target's id. */
    to: string;
    relation: Relation;
    /** Where the edge leaves the claim: the middle of its box's left edge, in px. */
    x1: number;
    y1: number;
    /**
     * Where the edge ends, in px: on the bottom edge of the target's box for a support or an attack; for an
     * undercut, on the target's own edge (the middle of its first stretch).
     */
    x2: number;
    y2: number;
    /** The polyline from (x1, y1) to (x2, y2), bends included; each stretch is horizontal or vertical. */
    points: MapPoint[];
}
export interface ArgumentMapLayout {
    /** The thesis, then every claim laid out, in document order. */
    nodes: ArgumentMapNode[];
    /** One per claim laid out, in document order. */
    edges: ArgumentMapEdge[];
    /** The map's width, in px: `options.width`. */
    width: number;
    /** The map's height, in px: the bottom of the lowest box. */
    height: number;
}
/**
 * Lays out the thesis and every claim not hidden. The indent shrinks below `indent` only when the deepest
 * claim's box would otherwise be narrower than 10 em (or half a column, if that is less).
 *
 * @throws Error for an option out of its range.
 */
export declare function argumentMap(tree: ArgumentTree, options: ArgumentMapOptions): ArgumentMapLayout;
/**
 * SVG path data for an edge, drawn from the target's end: edges that share a trunk or a spine then share
 * their dash pattern along it too. Put the arrow or bar on the path's start (`marker-start`).
 */
export declare function edgePath(edge: Pick<ArgumentMapEdge, 'points'>): string;
/**
 * The number of lines a text wraps to at `charsPerLine` characters a line, breaking between words, and
 * inside a word only when it is longer than a line. At least 1.
 */
export declare function lineCount(text: string, charsPerLine: number): number;
