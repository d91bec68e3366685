/**
 * Points as one SVG path: a move to the first, then a relative line to each next one. Drawn with markers at
 * every vertex, it places a symbol (a seat, say) at each point with one element instead of one per point, in
 * short, repetitive text that compresses well: a prerendered chart's markup and DOM stay small.
 */
export declare function pointsPath(points: readonly {
    x: number;
    y: number;
}[], digits?: number): string;
