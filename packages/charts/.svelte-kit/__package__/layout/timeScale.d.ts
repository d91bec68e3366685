/**
 * Time scales for a timeline that sets a recent crisis against decades of history: partial ISO dates, an
 * "eras" scale giving each era a share of the width in proportion to its weight rather than its length
 * (compressed past, expanded present), a linear scale for zoomed views, calendar ticks for both, and the
 * zoom and pan arithmetic. Pure and deterministic: no DOM, no locale.
 *
 * Times are UTC milliseconds (as `Date.UTC`). A date names a whole period: `'1966'` is all of 1966,
 * `'2009-03'` all of March 2009, `'2025-02-14'` that day. Periods are half-open: `end` is the instant the
 * period ends, which is when the next one starts, so `end − start` is its length and neighbours share an
 * edge. Pixels are whatever unit `range` is in; nothing is rounded or clamped, and times outside the domain
 * are extrapolated from the nearest era.
 *
 * Ticks fall on calendar boundaries and carry date parts, not text, so the component formats them in its
 * locale. Each era (each view, for the linear scale) uses the finest unit whose ticks are at least the
 * asked spacing apart even in its shortest instance (a 28-day February, a 365-day year).
 */
/** A stretch of history with its own share of the axis, e.g. the Cold War or the 2025–26 crisis. */
export interface Era {
    /** Names the era's band in `eraBands`. */
    id: string;
    /** The era's first period, a partial ISO date: `'1949'`, `'1991-12'` or `'2025-01-20'`. */
    start: string;
    /** The era's last period, included: `'1990'` ends at the very end of 1990, where `'1991'` starts. */
    end: string;
    /** The era's share of the width, relative to the other eras' weights; more than 0. Ignored when zoomed. */
    weight: number;
}
/** Where an era sits on the axis, in px; clipped to the visible range in a linear scale. */
export interface EraBand {
    id: string;
    x0: number;
    x1: number;
}
/** A tick's date, to format in the reader's locale. */
export interface TickLabel {
    /** The coarsest period the tick starts: `'year'` on 1 January, `'month'` on the 1st, else `'day'`. */
    unit: 'year' | 'month' | 'day';
    year: number;
    /** 1 (January) to 12; for `'month'` and `'day'` ticks. */
    month?: number;
    /** Day of the month, 1 to 31; for `'day'` ticks. */
    day?: number;
}
export interface TimeTick {
    /** The tick's time, UTC ms. */
    ms: number;
    /** The tick's position, in px. */
    x: number;
    label: TickLabel;
}
/** Maps UTC ms to px, piecewise linearly: continuous and strictly increasing for a non-empty range. */
export interface TimeScale {
    (ms: number): number;
    /** The time at a position, in UTC ms: the inverse of the scale. */
    invert(px: number): number;
    /** The first and the last instant shown, in UTC ms (the last is the end of the last period). */
    readonly domain: readonly [number, number];
    /** The range given, in px. */
    readonly range: readonly [number, number];
    /** One band per era, in order; none for a linear scale given no eras. */
    readonly eraBands: readonly EraBand[];
    /**
     * Labelled ticks at least `minSpacingPx` apart (a value below 1 counts as 1), in order, inside the domain
     * (its end excluded). An eras scale also ticks each era's start if it is 1 January; when two ticks are too
     * close, an era's start is kept over an ordinary tick, else the earlier tick.
     */
    ticks(minSpacingPx: number): TimeTick[];
}
/**
 * The period a partial ISO date covers (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), in UTC ms, or with `endDate`
 * from the start of `date` to the end of `endDate`'s period.
 *
 * @throws Error for a malformed or impossible date (`'2023-02-29'`), or an `endDate` ending before `date`.
 */
export declare function dateExtent(date: string, endDate?: string): {
    start: number;
    end: number;
};
/**
 * The scale that splits `range` into one band per era, in order, each as wide as its share of the eras'
 * total weight, e.g. 1949–1990 weight 1, 1991–2024 weight 1, 2025–2026 weight 3. An empty range
 * (`[x, x]`) maps every time to x.
 *
 * @throws Error for no eras, a weight not more than 0, eras that leave a gap or overlap, or `x1 < x0`.
 */
export declare function erasScale(eras: readonly Era[], range: [number, number]): TimeScale;
/**
 * The linear scale from the `visible` times (UTC ms) to `range`, for a zoomed view; its ticks go down to
 * single days. `eras` only give `eraBands`, clipped to the view; an era wholly outside it has no band.
 *
 * @throws Error unless `visible` is finite and increasing, for `x1 < x0`, or for invalid eras.
 */
export declare function linearTimeScale(visible: readonly [number, number], range: [number, number], eras?: readonly Era[]): TimeScale;
export interface ZoomOptions {
    /** The narrowest span zooming in may reach, in ms. Default 14 days (`defaultMinSpanMs`). */
    minSpanMs?: number;
}
export declare const defaultMinSpanMs: number;
/**
 * The visible range scaled by `factor` about `centreMs`, which stays at the same place on screen (0.5 zooms
 * in ×2, 2 zooms out), never narrower than `minSpanMs`, then moved back inside `domain`; the whole domain
 * once it would be at least as wide.
 *
 * @throws Error unless `factor` is a finite number above 0.
 */
export declare function zoomTo(visible: readonly [number, number], domain: readonly [number, number], factor: number, centreMs: number, { minSpanMs }?: ZoomOptions): [number, number];
/** The visible range moved by `fraction` of its span (negative: earlier), kept inside `domain`. */
export declare function panBy(visible: readonly [number, number], domain: readonly [number, number], fraction: number): [number, number];
/** Whether the visible range shows all of `domain`, to within a millisecond. */
export declare function isFullDomain(visible: readonly [number, number], domain: readonly [number, number]): boolean;
