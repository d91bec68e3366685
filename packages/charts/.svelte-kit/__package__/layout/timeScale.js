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
const day = 86_400_000;
/**
 * The period a partial ISO date covers (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), in UTC ms, or with `endDate`
 * from the start of `date` to the end of `endDate`'s period.
 *
 * @throws Error for a malformed or impossible date (`'2023-02-29'`), or an `endDate` ending before `date`.
 */
export function dateExtent(date, endDate) {
    const first = periodOf(date);
    if (endDate === undefined)
        return first;
    const last = periodOf(endDate);
    if (last.end <= first.start)
        throw new Error(`The end date "${endDate}" comes before "${date}".`);
    return { start: first.start, end: last.end };
}
/**
 * The scale that splits `range` into one band per era, in order, each as wide as its share of the eras'
 * total weight, e.g. 1949–1990 weight 1, 1991–2024 weight 1, 2025–2026 weight 3. An empty range
 * (`[x, x]`) maps every time to x.
 *
 * @throws Error for no eras, a weight not more than 0, eras that leave a gap or overlap, or `x1 < x0`.
 */
export function erasScale(eras, range) {
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
export function linearTimeScale(visible, range, eras = []) {
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
export const defaultMinSpanMs = 14 * day;
/**
 * The visible range scaled by `factor` about `centreMs`, which stays at the same place on screen (0.5 zooms
 * in ×2, 2 zooms out), never narrower than `minSpanMs`, then moved back inside `domain`; the whole domain
 * once it would be at least as wide.
 *
 * @throws Error unless `factor` is a finite number above 0.
 */
export function zoomTo(visible, domain, factor, centreMs, { minSpanMs = defaultMinSpanMs } = {}) {
    if (!(factor > 0 && Number.isFinite(factor)))
        throw new Error(`A zoom factor must be above 0 (got ${factor}).`);
    const span = visible[1] - visible[0];
    const target = Math.max(span * factor, Math.min(minSpanMs, domain[1] - domain[0]));
    return rangeInside(centreMs + (visible[0] - centreMs) * (target / span), target, domain);
}
/** The visible range moved by `fraction` of its span (negative: earlier), kept inside `domain`. */
export function panBy(visible, domain, fraction) {
    const span = visible[1] - visible[0];
    return rangeInside(visible[0] + fraction * span, span, domain);
}
/** Whether the visible range shows all of `domain`, to within a millisecond. */
export function isFullDomain(visible, domain) {
    return visible[0] <= domain[0] + 1 && visible[1] >= domain[1] - 1;
}
/** A range of `span` ms from `start`, slid inside the domain; the domain itself if not narrower. */
function rangeInside(start, span, domain) {
    const [d0, d1] = domain;
    // Within a millisecond of the domain counts as all of it, so repeated zooms get back to exactly it.
    if (span >= d1 - d0 - 1)
        return [d0, d1];
    if (start < d0)
        return [d0, d0 + span];
    if (start + span > d1)
        return [d1 - span, d1];
    return [start, start + span];
}
// 50 and 20 years only serve when decades are too dense: a 77-year history squeezed into a small width.
const eraUnits = [
    ...[50, 20, 10, 5, 1].map((years) => ({ months: 12 * years, minDays: 365 * years })),
    { months: 3, minDays: 90 },
    { months: 1, minDays: 28 }
];
const allUnits = [
    ...eraUnits,
    { days: [1, 15], minDays: 14 },
    { days: [1, 8, 15, 22], minDays: 7 },
    { days: Array.from({ length: 31 }, (_, index) => index + 1), minDays: 1 }
];
function piecewiseScale(segments, range, units, tickEraStarts) {
    const last = segments[segments.length - 1];
    // Times before the first era use the first era's rate, after the last the last's.
    const at = (ms) => segments.find((segment) => ms < segment.end) ?? last;
    const scale = (ms) => {
        const { start, end, x0, x1 } = at(ms);
        return x0 + ((ms - start) / (end - start)) * (x1 - x0);
    };
    const invert = (px) => {
        const { start, end, x0, x1 } = segments.find((segment) => px < segment.x1) ?? last;
        return x1 === x0 ? start : start + ((px - x0) / (x1 - x0)) * (end - start);
    };
    const ticks = (minSpacingPx) => {
        const spacing = minSpacingPx > 1 ? minSpacingPx : 1;
        const candidates = segments.flatMap(({ start, end, x0, x1 }) => {
            const pxPerDay = ((x1 - x0) * day) / (end - start);
            const unit = units.findLast((each) => each.minDays * pxPerDay >= spacing) ?? units[0];
            const times = calendarTimes(unit, start, end);
            const eraStart = tickEraStarts && labelOf(start).unit === 'year';
            if (eraStart && times[0] !== start)
                times.unshift(start);
            return times.map((ms) => ({ ms, eraStart: eraStart && ms === start }));
        });
        return spacedTicks(candidates, scale, spacing);
    };
    return Object.assign(scale, {
        invert,
        domain: [segments[0]?.start ?? 0, last.end],
        range: [range[0], range[1]],
        eraBands: segments.map(({ id, x0, x1 }) => ({ id, x0, x1 })),
        ticks
    });
}
/** The candidate ticks, in order, less those too close to the tick before: an era's start wins a clash. */
function spacedTicks(candidates, scale, spacing) {
    const kept = [];
    for (const { ms, eraStart } of candidates) {
        const tick = { ms, x: scale(ms), label: labelOf(ms), eraStart };
        const previous = kept[kept.length - 1];
        // Tolerance for rounding: ticks a unit's shortest length apart are exactly `spacing` apart at worst.
        if (!previous || tick.x - previous.x >= spacing - 1e-9)
            kept.push(tick);
        else if (eraStart && !previous.eraStart)
            kept[kept.length - 1] = tick;
    }
    return kept.map(({ ms, x, label }) => ({ ms, x, label }));
}
/** The unit's tick times from `start` (included) to `end` (excluded). */
function calendarTimes(unit, start, end) {
    const times = [];
    const from = new Date(start);
    let month = from.getUTCFullYear() * 12 + from.getUTCMonth();
    if (unit.days) {
        for (; utc(0, month, 1) < end; month++) {
            const length = (utc(0, month + 1, 1) - utc(0, month, 1)) / day;
            for (const date of unit.days) {
                const ms = utc(0, month, date);
                if (date <= length && ms >= start && ms < end)
                    times.push(ms);
            }
        }
        return times;
    }
    const step = unit.months ?? 1;
    if (utc(0, month, 1) < start)
        month++;
    month = Math.ceil(month / step) * step;
    for (let ms = utc(0, month, 1); ms < end; month += step, ms = utc(0, month, 1))
        times.push(ms);
    return times;
}
function labelOf(ms) {
    const date = new Date(ms);
    const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (dayOfMonth !== 1)
        return { unit: 'day', year, month, day: dayOfMonth };
    return month === 1 ? { unit: 'year', year } : { unit: 'month', year, month };
}
const partialDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** The period a partial ISO date covers: see `dateExtent`. */
function periodOf(date) {
    const [, year, month, dayOfMonth] = partialDate.exec(date) ?? [];
    const y = Number(year);
    const m = month === undefined ? undefined : Number(month) - 1;
    const d = dayOfMonth === undefined ? undefined : Number(dayOfMonth);
    const valid = year !== undefined && (m === undefined || (m >= 0 && m < 12));
    if (!valid || (m !== undefined && d !== undefined && (d < 1 || new Date(utc(y, m, d)).getUTCDate() !== d)))
        throw new Error(`"${date}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.`);
    if (m === undefined)
        return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1) };
    if (d === undefined)
        return { start: utc(y, m, 1), end: utc(y, m + 1, 1) };
    return { start: utc(y, m, d), end: utc(y, m, d + 1) };
}
/** `Date.UTC` for any year (it reads 0–99 as 1900–1999); months and days past their end roll over. */
function utc(year, month, date) {
    return new Date(0).setUTCFullYear(year, month, date);
}
/** Each era's extent, once the eras are known to be valid. */
function eraExtents(eras) {
    if (eras.length === 0)
        throw new Error('A time scale needs at least one era.');
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
function checkedRange([x0, x1]) {
    if (!(Number.isFinite(x0) && Number.isFinite(x1) && x0 <= x1))
        throw new Error(`The range [${x0}, ${x1}] must be finite, with x0 ≤ x1.`);
    return [x0, x1];
}
