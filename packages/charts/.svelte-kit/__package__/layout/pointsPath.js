/**
 * Points as one SVG path: a move to the first, then a relative line to each next one. Drawn with markers at
 * every vertex, it places a symbol (a seat, say) at each point with one element instead of one per point, in
 * short, repetitive text that compresses well: a prerendered chart's markup and DOM stay small.
 */
export function pointsPath(points, digits = 4) {
    const f = 10 ** digits;
    // Work in whole units of 10^-digits, so that differences of rounded positions are exact.
    const units = (value) => Math.round(value * f);
    const text = (u) => String(u / f)
        .replace(/^0\./, '.')
        .replace(/^-0\./, '-.');
    let previous = null;
    let path = '';
    for (const { x, y } of points) {
        const point = [units(x), units(y)];
        path += previous
            ? `l${text(point[0] - previous[0])} ${text(point[1] - previous[1])}`
            : `M${text(point[0])} ${text(point[1])}`;
        previous = point;
    }
    // A lone point still needs a segment for its markers to be drawn.
    return points.length === 1 ? `${path}l0 0` : path;
}
