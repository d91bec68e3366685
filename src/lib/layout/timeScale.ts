/**
 * Time scales for a timeline that sets a recent crisis against decades of history: partial ISO dates, an
 * "eras" scale giving each era a share of the width in proportion to its weight rather than its length
 * (compressed past, expanded present), a linear scale for zoomed views, calendar ticks for both, and the
 * zoom and pan arithmetic. Pure and deterministic: no DOM, no locale.
 *
 * Times are UTC milliseconds (as `Date.UTC`). A date names a whole period (`dateExtent` in
 * `dates/partialDate.ts`): `'1966'` is all of 1966, `'2009-03'` all of March 2009, `'2025-02-14'` that day.
 * Periods are half-open: `end` is the instant the period ends, which is when the next one starts, so
 * `end − start` is its length and neighbours share an edge. Pixels are whatever unit `range` is in; nothing is rounded or clamped, and times outside the domain
 * are extrapolated from the nearest era.
 *
 * Ticks fall on calendar boundaries and carry date parts, not text, so the component formats them in its
 * locale. Each era (each view, for the linear scale) uses the finest unit whose ticks are at least the
 * asked spacing apart even in its shortest instance (a 28-day February, a 365-day year).
 *
 * d3 does the standard parts: the piecewise map and its inverse are d3-scale's polylinear `scaleLinear` (a
 * domain and range of one more point than there are eras), and calendar ticks are d3-time's UTC intervals
 * (`utcYear.every(10)`, `utcMonth.every(3)`, `utcDay.filter(…)`, then `interval.range`). `scaleLinear`, not
 * `scaleUtc`: the times stay numbers and the ticks are ours, so d3-time-format would be carried for nothing.
 * What stays ours, as d3 has no equivalent: partial ISO dates as periods (in `dates/partialDate.ts`, as
 * d3's `utcParse('%Y-%m-%d')` reads '2023-02-29' as 1 March); the eras' validation and weights; era-aware tick
 * density (a polylinear scale's `ticks` only see the whole extent, so each era picks its own unit here);
 * era starts kept over ordinary ticks and the thinning to a spacing; zoom and pan by buttons (d3-zoom is
 * built for gestures and would bring d3-selection and d3-transition).
 */
import { scaleLinear } from 'd3-scale';
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { dateExtent } from '$lib/dates/partialDate';

const day = 86_400_000;

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
 * The scale that splits `range` into one band per era, in order, each as wide as its share of the eras'
 * total weight, e.g. 1949–1990 weight 1, 1991–2024 weight 1, 2025–2026 weight 3. An empty range
 * (`[x, x]`) maps every time to x.
 *
 * @throws Error for no eras, a weight not more than 0, eras that leave a gap or overlap, or `x1 < x0`.
 */
export function erasScale(eras: readonly Era[], range: [number, number]): TimeScale {
	const [x0, x1] = checkedRange(range);
	const extents = eraExtents(eras);
	const total = eras.reduce((sum, era) => sum + era.weight, 0);
	let weightBefore = 0;
	const segments = extents.map(({ id, start, end }, index) => {
		const left = x0 + ((x1 - x0) * weightBefore) / total;
		weightBefore += eras[index]?.weight ?? 0;
		// The last band ends exactly at x1, whatever the rounding of the sums.
		const right = index === extents.length - 1 ? x1 : x0 + ((x1 - x0) * weightBefore) / total;
		return { id, start, end, x0: left, x1: right };
	});
	return piecewiseScale(segments, [x0, x1], eraUnits, true);
}

/**
 * The linear scale from the `visible` times (UTC ms) to `range`, for a zoomed view; its ticks go down to
 * single days. `eras` only give `eraBands`, clipped to the view; an era wholly outside it has no band.
 *
 * @throws Error unless `visible` is finite and increasing, for `x1 < x0`, or for invalid eras.
 */
export function linearTimeScale(
	visible: readonly [number, number],
	range: [number, number],
	eras: readonly Era[] = []
): TimeScale {
	const [start, end] = visible;
	if (!(Number.isFinite(start) && Number.isFinite(end) && start < end))
		throw new Error(`The visible range [${start}, ${end}] must be finite and increasing.`);
	const [x0, x1] = checkedRange(range);
	const scale = piecewiseScale([{ id: '', start, end, x0, x1 }], [x0, x1], allUnits, false);
	const bands = eras.length === 0 ? [] : eraExtents(eras);
	const eraBands = bands
		.filter((era) => era.end > start && era.start < end)
		.map((era) => ({ id: era.id, x0: scale(Math.max(era.start, start)), x1: scale(Math.min(era.end, end)) }));
	return Object.assign(scale, { eraBands });
}

export interface ZoomOptions {
	/** The narrowest span zooming in may reach, in ms. Default 14 days (`defaultMinSpanMs`). */
	minSpanMs?: number;
}

export const defaultMinSpanMs = 14 * day;

/**
 * The visible range scaled by `factor` about `centreMs`, which stays at the same place on screen (0.5 zooms
 * in ×2, 2 zooms out), never narrower than `minSpanMs`, then moved back inside `domain`; the whole domain
 * once it would be at least as wide.
 *
 * @throws Error unless `factor` is a finite number above 0.
 */
export function zoomTo(
	visible: readonly [number, number],
	domain: readonly [number, number],
	factor: number,
	centreMs: number,
	{ minSpanMs = defaultMinSpanMs }: ZoomOptions = {}
): [number, number] {
	if (!(factor > 0 && Number.isFinite(factor)))
		throw new Error(`A zoom factor must be above 0 (got ${factor}).`);
	const span = visible[1] - visible[0];
	const target = Math.max(span * factor, Math.min(minSpanMs, domain[1] - domain[0]));
	return rangeInside(centreMs + (visible[0] - centreMs) * (target / span), target, domain);
}

/** The visible range moved by `fraction` of its span (negative: earlier), kept inside `domain`. */
export function panBy(
	visible: readonly [number, number],
	domain: readonly [number, number],
	fraction: number
): [number, number] {
	const span = visible[1] - visible[0];
	return rangeInside(visible[0] + fraction * span, span, domain);
}

/** Whether the visible range shows all of `domain`, to within a millisecond. */
export function isFullDomain(visible: readonly [number, number], domain: readonly [number, number]): boolean {
	return visible[0] <= domain[0] + 1 && visible[1] >= domain[1] - 1;
}

/** A range of `span` ms from `start`, slid inside the domain; the domain itself if not narrower. */
function rangeInside(start: number, span: number, domain: readonly [number, number]): [number, number] {
	const [d0, d1] = domain;
	// Within a millisecond of the domain counts as all of it, so repeated zooms get back to exactly it.
	if (span >= d1 - d0 - 1) return [d0, d1];
	if (start < d0) return [d0, d0 + span];
	if (start + span > d1) return [d1 - span, d1];
	return [start, start + span];
}

/** A calendar unit for ticks: a d3-time interval, and the shortest time between two of its ticks. */
interface CalendarUnit {
	interval: TimeInterval;
	/** The shortest time between two ticks, in days. */
	minDays: number;
}

// 50 and 20 years only serve when decades are too dense: a 77-year history squeezed into a small width.
const eraUnits: readonly CalendarUnit[] = [
	...[50, 20, 10, 5, 1].map((years) => ({ interval: utcYear.every(years)!, minDays: 365 * years })),
	{ interval: utcMonth.every(3)!, minDays: 90 },
	{ interval: utcMonth, minDays: 28 }
];
const allUnits: readonly CalendarUnit[] = [
	...eraUnits,
	{ interval: utcDay.filter((date) => date.getUTCDate() === 1 || date.getUTCDate() === 15), minDays: 14 },
	// The 1st, 8th, 15th and 22nd: `utcDay.every(7)` would also tick the 29th, a day or two before the 1st.
	{ interval: utcDay.filter((date) => date.getUTCDate() % 7 === 1 && date.getUTCDate() < 29), minDays: 7 },
	{ interval: utcDay, minDays: 1 }
];

interface Segment {
	id: string;
	start: number;
	end: number;
	x0: number;
	x1: number;
}

function piecewiseScale(
	segments: readonly Segment[],
	range: [number, number],
	units: readonly CalendarUnit[],
	tickEraStarts: boolean
): TimeScale {
	const last = segments[segments.length - 1] as Segment;
	// d3's polylinear scale: one linear piece per segment; times before the first era use the first era's
	// rate, after the last the last's. A time that is not a number gives NaN (d3's default is undefined).
	const linear = scaleLinear()
		.domain([...segments.map(({ start }) => start), last.end])
		.range([...segments.map(({ x0 }) => x0), last.x1])
		.unknown(Number.NaN);
	const scale = (ms: number) => linear(ms);
	const ticks = (minSpacingPx: number) => {
		const spacing = minSpacingPx > 1 ? minSpacingPx : 1;
		const candidates = segments.flatMap(({ start, end, x0, x1 }) => {
			const pxPerDay = ((x1 - x0) * day) / (end - start);
			const unit = units.findLast((each) => each.minDays * pxPerDay >= spacing) ?? (units[0] as CalendarUnit);
			const times = unit.interval.range(new Date(start), new Date(end)).map((date) => date.getTime());
			const eraStart = tickEraStarts && labelOf(start).unit === 'year';
			if (eraStart && times[0] !== start) times.unshift(start);
			return times.map((ms) => ({ ms, eraStart: eraStart && ms === start }));
		});
		return spacedTicks(candidates, scale, spacing);
	};
	return Object.assign(scale, {
		invert: (px: number) => linear.invert(px),
		domain: [segments[0]?.start ?? 0, last.end] as const,
		range: [range[0], range[1]] as const,
		eraBands: segments.map(({ id, x0, x1 }) => ({ id, x0, x1 })),
		ticks
	});
}

/** The candidate ticks, in order, less those too close to the tick before: an era's start wins a clash. */
function spacedTicks(
	candidates: readonly { ms: number; eraStart: boolean }[],
	scale: (ms: number) => number,
	spacing: number
): TimeTick[] {
	const kept: (TimeTick & { eraStart: boolean })[] = [];
	for (const { ms, eraStart } of candidates) {
		const tick = { ms, x: scale(ms), label: labelOf(ms), eraStart };
		const previous = kept[kept.length - 1];
		// Tolerance for rounding: ticks a unit's shortest length apart are exactly `spacing` apart at worst.
		if (!previous || tick.x - previous.x >= spacing - 1e-9) kept.push(tick);
		else if (eraStart && !previous.eraStart) kept[kept.length - 1] = tick;
	}
	return kept.map(({ ms, x, label }) => ({ ms, x, label }));
}

/** The tick's date parts at the coarsest unit it starts, by d3's multi-scale format's floor comparisons. */
function labelOf(ms: number): TickLabel {
	const date = new Date(ms);
	const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
	if (+utcMonth.floor(date) < ms) return { unit: 'day', year, month, day: dayOfMonth };
	return +utcYear.floor(date) < ms ? { unit: 'month', year, month } : { unit: 'year', year };
}

/** Each era's extent, once the eras are known to be valid. */
function eraExtents(eras: readonly Era[]): { id: string; start: number; end: number }[] {
	if (eras.length === 0) throw new Error('A time scale needs at least one era.');
	const extents = eras.map(({ id, start, end, weight }) => {
		if (!(weight > 0 && Number.isFinite(weight)))
			throw new Error(`Era "${id}" has weight ${weight}; a weight must be a finite number above 0.`);
		return { id, ...dateExtent(start, end) };
	});
	extents.forEach((era, index) => {
		const previous = extents[index - 1];
		if (previous && previous.end !== era.start)
			throw new Error(`Era "${era.id}" must start where "${previous.id}" ends: eras may not gap or overlap.`);
	});
	return extents;
}

function checkedRange([x0, x1]: [number, number]): [number, number] {
	if (!(Number.isFinite(x0) && Number.isFinite(x1) && x0 <= x1))
		throw new Error(`The range [${x0}, ${x1}] must be finite, with x0 ≤ x1.`);
	return [x0, x1];
}
