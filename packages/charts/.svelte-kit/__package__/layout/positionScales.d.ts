/**
 * Scales for the party position map: an ordinal band scale for stances (e.g. "leave NATO" … "stay and do
 * more"), a linear scale with round-numbered ticks for survey values, and a square-root radius scale so that
 * a dot's area, not its radius, is proportional to its value (readers compare dots by area).
 *
 * Pure functions returning plain functions with a few read-only properties, so they work in SSR, in tests and
 * in any chart. Pixels are whatever unit the caller's `range` is in; nothing is rounded or clamped.
 */
/** Maps a step to the pixel centre of its band; undefined for a step not in the scale. */
export interface OrdinalBandScale {
    (step: string): number | undefined;
    /** The distinct steps, in order: the first one's band starts at `range[0]`. */
    readonly steps: readonly string[];
    /** The range given, in px. */
    readonly range: readonly [number, number];
    /** The width of every band, in px; always 0 or more, even for a reversed range. */
    readonly bandwidth: number;
}
/**
 * Splits `range` into equal bands, one per step, with no padding: the first step's band starts at
 * `range[0]` (give a reversed range, e.g. [height, 0], to put the first step at the bottom). A repeated step
 * keeps its first place.
 */
export declare function ordinalBandScale(steps: readonly string[], range: [number, number]): OrdinalBandScale;
/** Maps a value in the domain to a pixel position in the range, linearly; values outside are not clamped. */
export interface LinearScale {
    (value: number): number;
    /** The domain given. */
    readonly domain: readonly [number, number];
    /** The range given, in px. */
    readonly range: readonly [number, number];
    /**
     * About `count` round values inside the domain, smallest first: multiples of 1, 2 or 5 × 10ⁿ, the step
     * nearest to a `count`th of the domain. `count` defaults to 5; no ticks for a count below 1 or a domain
     * that is not finite; the one value for an empty domain (`[3, 3]`).
     */
    ticks(count?: number): number[];
}
/**
 * The linear map from `domain` to `range`, e.g. `linearScale([0, 10], [40, 560])`. An empty domain
 * (`[3, 3]`) maps every value to the middle of the range.
 */
export declare function linearScale(domain: [number, number], range: [number, number]): LinearScale;
/**
 * The radius for a value such that the dot's area is proportional to the value: `maxValue` gets `maxRadius`
 * (px), a quarter of it half that radius. Values whose proportional radius would be below `minRadius` (px,
 * default 0), including 0, negative values and NaN, get `minRadius`, so that every dot stays visible; their
 * areas are then exaggerated, so keep `minRadius` small. Values above `maxValue` grow past `maxRadius`. With
 * a `maxValue` of 0 or less, every value gets `minRadius`.
 */
export declare function radiusScale(maxValue: number, maxRadius: number, minRadius?: number): (value: number) => number;
