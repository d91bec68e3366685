/**
 * Scales for the party position map: an ordinal band scale for stances (e.g. "leave NATO" … "stay and do
 * more"), a linear scale with round-numbered ticks for survey values, and a square-root radius scale so that
 * a dot's area, not its radius, is proportional to its value (readers compare dots by area).
 *
 * Pure functions returning plain functions with a few read-only properties, so they work in SSR, in tests and
 * in any chart. Pixels are whatever unit the caller's `range` is in; nothing is rounded or clamped.
 *
 * d3 does the arithmetic: d3-scale's `scalePoint`, `scaleLinear` and `scaleSqrt`, d3-array's `ticks`. What
 * stays ours, and why these wrappers exist: the read-only `steps`, `domain` and `range` beside the function
 * (d3's are getter-setters), no band for no steps, ticks smallest first with none for a count below 1, and
 * the radius scale's floor, `minRadius`, which d3 does not have.
 */
import { ticks } from 'd3-array';
import { scaleLinear, scalePoint, scaleSqrt } from 'd3-scale';

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
 * keeps its first place. d3-scale's `scalePoint().padding(0.5)`: its `step()` is the bandwidth.
 */
export function ordinalBandScale(steps: readonly string[], range: [number, number]): OrdinalBandScale {
	const point = scalePoint<string>().domain(steps).range(range).padding(0.5);
	return Object.assign((step: string) => point(step), {
		steps: point.domain(),
		range: [range[0], range[1]] as const,
		// Ours: no steps, no band (d3 would give the whole range as the step).
		bandwidth: point.domain().length === 0 ? 0 : point.step()
	});
}

/** Maps a value in the domain to a pixel position in the range, linearly; values outside are not clamped. */
export interface LinearScale {
	(value: number): number;
	/** The domain given. */
	readonly domain: readonly [number, number];
	/** The range given, in px. */
	readonly range: readonly [number, number];
	/**
	 * About `count` round values inside the domain, smallest first: multiples of 1, 2 or 5 × 10ⁿ, the step
	 * nearest to a `count`th of the domain (d3-array's `ticks`). `count` defaults to 5; no ticks for a count
	 * below 1 or a domain that is not finite; the one value for an empty domain (`[3, 3]`).
	 */
	ticks(count?: number): number[];
}

/**
 * The linear map from `domain` to `range`, e.g. `linearScale([0, 10], [40, 560])`: d3-scale's
 * `scaleLinear`. An empty domain (`[3, 3]`) maps every value to the middle of the range.
 */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
	const [d0, d1] = domain;
	// NaN in, NaN out, as before d3 (whose default for a value that is not a number is undefined).
	const linear = scaleLinear().domain(domain).range(range).unknown(Number.NaN);
	return Object.assign((value: number) => linear(value), {
		domain: [d0, d1] as const,
		range: [range[0], range[1]] as const,
		// Smallest first even for a reversed domain, where d3's `linear.ticks` would follow the domain's order.
		ticks: (count = 5) => (count >= 1 ? ticks(Math.min(d0, d1), Math.max(d0, d1), count) : [])
	});
}

/**
 * The radius for a value such that the dot's area is proportional to the value: `maxValue` gets `maxRadius`
 * (px), a quarter of it half that radius. Values whose proportional radius would be below `minRadius` (px,
 * default 0), including 0, negative values and NaN, get `minRadius`, so that every dot stays visible; their
 * areas are then exaggerated, so keep `minRadius` small. Values above `maxValue` grow past `maxRadius`. With
 * a `maxValue` of 0 or less, every value gets `minRadius`.
 */
export function radiusScale(maxValue: number, maxRadius: number, minRadius = 0): (value: number) => number {
	const sqrt = scaleSqrt().domain([0, maxValue]).range([0, maxRadius]);
	return (value) => {
		const radius = sqrt(value);
		return maxValue > 0 && radius > minRadius ? radius : minRadius;
	};
}
