/**
 * The timeline's visible range as readers handle it: where "Zoom in" goes (to the events, never to an empty
 * stretch), and the range as an address's query (`?from=2025-01&to=2026-10`) and back. Pure; times are UTC ms.
 * d3-array's `bisectLeft` finds the events in a window; choosing the window and the query format are ours.
 */
import { bisectLeft } from 'd3-array';
import { dateExtent } from '$lib/dates/partialDate';

const day = 86_400_000;

/**
 * The window of `span` ms inside `within` to zoom into: the one holding most of `times` (each event's start),
 * the latest of those on a tie, so that zooming goes where the events are; centred on `focus` instead when it
 * is given and inside `within` (the selected event). With no event inside `within`, its latest `span`.
 * Kept inside `within`; all of it when `span` is as wide.
 */
export function eventfulWindow(
	times: readonly number[],
	within: readonly [number, number],
	span: number,
	focus?: number
): [number, number] {
	const [w0, w1] = within;
	if (span >= w1 - w0) return [w0, w1];
	const inside = (start: number): [number, number] => {
		const from = Math.min(Math.max(start, w0), w1 - span);
		return [from, from + span];
	};
	if (focus !== undefined && focus >= w0 && focus < w1) return inside(focus - span / 2);
	const shown = times.filter((t) => t >= w0 && t < w1).sort((a, b) => a - b);
	if (shown.length === 0) return inside(w1 - span);
	// The busiest window starting at an event (the latest on a tie), then centred on the events it holds.
	let best: number[] = [];
	for (const start of shown) {
		const [from, to] = inside(start);
		const held = shown.slice(bisectLeft(shown, from), bisectLeft(shown, to));
		if (held.length >= best.length) best = held;
	}
	return inside((best[0]! + best[best.length - 1]!) / 2 - span / 2);
}

/** A range as query values: `from` its first and `to` its last month (`YYYY-MM`), or day when not whole months. */
export function rangeToParams(range: readonly [number, number]): { from: string; to: string } {
	const [start, end] = [snapDay(range[0]), snapDay(range[1])];
	const first = new Date(start);
	const last = new Date(end - day);
	const wholeMonths = first.getUTCDate() === 1 && new Date(end).getUTCDate() === 1;
	const text = (date: Date) =>
		[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
			.slice(0, wholeMonths ? 2 : 3)
			.map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
			.join('-');
	return { from: text(first), to: text(last) };
}

/**
 * The range named by query values (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, `to` included), cut to `domain`; null
 * when either is missing or malformed, `to` comes before `from`, or the range misses the domain. Never throws.
 */
export function rangeFromParams(
	from: string | null,
	to: string | null,
	domain: readonly [number, number]
): [number, number] | null {
	if (!from || !to) return null;
	try {
		const { start, end } = dateExtent(from, to);
		const range: [number, number] = [Math.max(start, domain[0]), Math.min(end, domain[1])];
		return range[0] < range[1] ? range : null;
	} catch {
		return null;
	}
}

/** A time rounded to the nearest UTC midnight. */
function snapDay(ms: number): number {
	return Math.round(ms / day) * day;
}
