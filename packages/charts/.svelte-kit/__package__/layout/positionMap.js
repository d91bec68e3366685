/**
 * The geometry of the party position map: stance bands from most to least NATO-sceptical (top to bottom),
 * a survey scale across, dots sized by seats and nudged apart within their band, direct labels that never
 * overlap, and dated trails. Pure: data and pixel size in, positions out.
 */
import { labelPlacement } from './labelPlacement.js';
import { linearScale, ordinalBandScale, radiusScale } from './positionScales.js';
import { estimatedTextWidth } from './textWidth.js';
export function positionMapLayout(points, options) {
    const { width, height, steps, domain } = options;
    const fontSize = options.fontSize ?? 13;
    const maxRadius = options.maxRadius ?? Math.min(22, Math.max(10, width / 28));
    const bandLabel = fontSize + 8; // room at the top of each band for its name
    const plot = { x0: 8, y0: 0, x1: width - 8, y1: height - 28 };
    const x = linearScale(domain, [plot.x0 + maxRadius, plot.x1 - maxRadius]);
    const band = ordinalBandScale(steps, [plot.y0, plot.y1]);
    const radius = radiusScale(Math.max(1, ...points.map((p) => p.value)), maxRadius, 4);
    const centreOf = (stance) => (band(stance) ?? plot.y1) + bandLabel / 2;
    const mapped = points.filter((p) => p.x !== null && band(p.stance) !== undefined);
    const dots = dodge(mapped.map((p) => ({ id: p.id, cx: x(p.x), cy: centreOf(p.stance), r: radius(p.value) })), band.bandwidth / 2 - bandLabel / 2);
    const labels = labelPlacement(dots.map((d) => {
        const text = mapped.find((p) => p.id === d.id).label;
        return {
            id: d.id,
            x: d.cx,
            y: d.cy,
            r: d.r,
            // Semi-bold labels, plus 4 px of padding so that a neighbour never touches the text.
            width: Math.ceil(estimatedTextWidth(text, fontSize, 'semibold') + 4),
            height: fontSize + 4
        };
    }), { bounds: plot });
    return {
        plot,
        bands: band.steps.map((id) => {
            const centre = band(id);
            return { id, y0: centre - band.bandwidth / 2, y1: centre + band.bandwidth / 2 };
        }),
        ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
        points: dots.map((d, i) => ({ ...d, label: labels[i] })),
        trails: mapped
            .map((p) => ({
            id: p.id,
            points: p.trail
                .filter((step) => step.x !== null && band(step.stance) !== undefined)
                .map((step) => ({ x: x(step.x), y: centreOf(step.stance), date: step.date }))
        }))
            .filter((trail) => trail.points.length > 1),
        omitted: points.filter((p) => !mapped.includes(p)).map((p) => p.id)
    };
}
/**
 * Moves dots that overlap within their band up or down, alternately, in steps of 2 px, no further than
 * `reach` from the band's centre line; dots are taken from left to right, so the result is deterministic.
 */
export function dodge(dots, reach) {
    const placed = [];
    const order = dots.toSorted((a, b) => a.cx - b.cx || a.id.localeCompare(b.id));
    for (const dot of order) {
        let best = dot;
        for (let step = 0; step * 2 <= Math.max(0, reach); step++) {
            const offsets = step === 0 ? [0] : [step * 2, -step * 2];
            const free = offsets
                .map((offset) => ({ ...dot, cy: dot.cy + offset }))
                .find((candidate) => placed.every((other) => Math.hypot(other.cx - candidate.cx, other.cy - candidate.cy) >= other.r + candidate.r + 1));
            if (free) {
                best = free;
                break;
            }
        }
        placed.push(best);
    }
    return dots.map((dot) => placed.find((p) => p.id === dot.id));
}
