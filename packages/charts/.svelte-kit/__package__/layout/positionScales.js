/**
 * Scales for the party position map: an ordinal band scale for stances (e.g. "leave NATO" … "stay and do
 * more"), a linear scale with round-numbered ticks for survey values, and a square-root radius scale so that
 * a dot's area, not its radius, is proportional to its value (readers compare dots by area).
 *
 * Pure functions returning plain functions with a few read-only properties, so they work in SSR, in tests and
 * in any chart. Pixels are whatever unit the caller's `range` is in; nothing is rounded or clamped.
 */
/**
 * Splits `range` into equal bands, one per step, with no padding: the first step's band starts at
 * `range[0]` (give a reversed range, e.g. [height, 0], to put the first step at the bottom). A repeated step
 * keeps its first place.
 */
export function ordinalBandScale(steps, range) {
    const distinct = [...new Set(steps)];
    const positions = new Map(distinct.map((step, index) => [step, index]));
    const [start, end] = range;
    // With no steps, one empty band: keeps every position finite.
    const step = (end - start) / Math.max(1, distinct.length);
    const scale = (value) => {
        const index = positions.get(value);
        return index === undefined ? undefined : start + (index + 0.5) * step;
    };
    return Object.assign(scale, {
        steps: distinct,
        range: [start, end],
        bandwidth: distinct.length === 0 ? 0 : Math.abs(step)
    });
}
/**
 * The linear map from `domain` to `range`, e.g. `linearScale([0, 10], [40, 560])`. An empty domain
 * (`[3, 3]`) maps every value to the middle of the range.
 */
export function linearScale(domain, range) {
    const [d0, d1] = domain;
    const [r0, r1] = range;
    const scale = (value) => (d0 === d1 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
    return Object.assign(scale, {
        domain: [d0, d1],
        range: [r0, r1],
        ticks: (count = 5) => niceTicks(Math.min(d0, d1), Math.max(d0, d1), count)
    });
}
/** Round values from `low` to `high` (low ≤ high), about `count` of them: see `LinearScale.ticks`. */
function niceTicks(low, high, count) {
    if (!Number.isFinite(low) || !Number.isFinite(high) || !(count >= 1))
        return [];
    if (low === high)
        return [low];
    const rough = (high - low) / count;
    const power = Math.floor(Math.log10(rough));
    const scaled = rough / 10 ** power;
    // Geometric midpoints between 1, 2, 5 and 10 pick the nice step nearest to the rough one.
    const factor = scaled >= Math.sqrt(50) ? 10 : scaled >= Math.sqrt(10) ? 5 : scaled >= Math.sqrt(2) ? 2 : 1;
    // Below 1, count in steps per unit (e.g. 5 per unit for 0.2), so ticks are i / 5 and print as 0.2, not
    // 0.20000000000000004.
    const perUnit = power < 0 ? 10 ** -power / factor : 1 / (factor * 10 ** power);
    const valueOf = (i) => (power < 0 ? i / perUnit : i * factor * 10 ** power);
    let first = Math.round(low * perUnit);
    let last = Math.round(high * perUnit);
    if (valueOf(first) < low)
        first++;
    if (valueOf(last) > high)
        last--;
    return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => valueOf(first + i));
}
/**
 * The radius for a value such that the dot's area is proportional to the value: `maxValue` gets `maxRadius`
 * (px), a quarter of it half that radius. Values whose proportional radius would be below `minRadius` (px,
 * default 0), including 0, negative values and NaN, get `minRadius`, so that every dot stays visible; their
 * areas are then exaggerated, so keep `minRadius` small. Values above `maxValue` grow past `maxRadius`. With
 * a `maxValue` of 0 or less, every value gets `minRadius`.
 */
export function radiusScale(maxValue, maxRadius, minRadius = 0) {
    return (value) => {
        const radius = maxRadius * Math.sqrt(value / maxValue);
        return maxValue > 0 && radius > minRadius ? radius : minRadius;
    };
}
