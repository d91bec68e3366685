/**
 * A timeline read down a phone's screen: events in date order, era by era, each on its own row with its whole
 * label, and the time between two events shown as space between their rows, at each era's own rate. A gap
 * too long to draw at that rate is shortened to `maxGap` and flagged as a break, with its real length, so
 * that the page never runs on through empty years and the reader is told where time was cut. Pure and
 * deterministic: the same events in any order give the same rows.
 *
 * The rows are laid out by the page's own flow (their labels wrap at whatever width the reader has): this
 * module gives the order, the grouping, the extra space before each row in px, and the dates to mark.
 */
import { dateExtent } from '$lib/dates/partialDate';

const day = 86_400_000;

export interface VerticalEvent {
	/** Unique; ties between events with the same start go by id. */
	id: string;
	lane: string;
	/** A partial ISO date (see `dateExtent`). */
	date: string;
	/** For an event that lasted, its last period, included. */
	endDate?: string;
}

export interface VerticalEra {
	id: string;
	/** The era's first period, a partial ISO date. */
	start: string;
	/** The era's last period, included. */
	end: string;
	/** The space given to a day between two events, in px; 0 or more. */
	pxPerDay: number;
}

export interface VerticalOptions {
	/** The eras, in order, without gaps or overlaps; an event belongs to the era its start falls in. */
	eras: readonly VerticalEra[];
	/** The most space drawn for the time between two events, in px: a longer gap is a break. Above 0. */
	maxGap: number;
}

export interface VerticalRow {
	id: string;
	lane: string;
	/** The event's start, UTC ms. */
	start: number;
	/** Space before the row for the time since the previous event of its era, in px: 0 for the first. */
	space: number;
	/** When the time since the previous event was too long to draw: that time, in days. */
	brokenDays: number | null;
	/** The year, when this row is the era's first or its year differs from the previous row's. */
	newYear: number | null;
}

export interface VerticalSection {
	/** The era's id. */
	id: string;
	/** The era's span, UTC ms: its first instant and the instant after its end. */
	start: number;
	end: number;
	/** Its events' rows, in date order; an era without events has none. */
	rows: VerticalRow[];
}

/**
 * One section per era, in order, with its events' rows in date order.
 *
 * @throws Error for a malformed date, an event outside every era, eras that gap or overlap, a negative rate or
 *   a `maxGap` not above 0.
 */
export function verticalTimeline(
	events: readonly VerticalEvent[],
	{ eras, maxGap }: VerticalOptions
): VerticalSection[] {
	if (!(maxGap > 0 && Number.isFinite(maxGap))) throw new Error(`maxGap must be above 0 (got ${maxGap}).`);
	const sections = eras.map((era, index) => {
		if (!(era.pxPerDay >= 0 && Number.isFinite(era.pxPerDay)))
			throw new Error(`Era "${era.id}" has pxPerDay ${era.pxPerDay}; it must be 0 or more.`);
		const { start } = dateExtent(era.start);
		const { end } = dateExtent(era.end);
		const previous = eras[index - 1];
		if (previous && dateExtent(previous.end).end !== start)
			throw new Error(`Era "${era.id}" must start where "${previous.id}" ends: eras may not gap or overlap.`);
		return { era, start, end, events: [] as { event: VerticalEvent; start: number }[] };
	});
	for (const event of events) {
		const { start } = dateExtent(event.date, event.endDate);
		const section = sections.find((s) => start >= s.start && start < s.end);
		if (!section) throw new Error(`Event "${event.id}" (${event.date}) falls in no era.`);
		section.events.push({ event, start });
	}
	return sections.map(({ era, start, end, events: held }) => {
		held.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
		const rows = held.map(({ event, start: at }, index): VerticalRow => {
			const before = held[index - 1];
			const days = before ? (at - before.start) / day : 0;
			const wanted = days * era.pxPerDay;
			const year = new Date(at).getUTCFullYear();
			const sameYear = before && new Date(before.start).getUTCFullYear() === year;
			return {
				id: event.id,
				lane: event.lane,
				start: at,
				space: Math.min(wanted, maxGap),
				brokenDays: wanted > maxGap ? Math.round(days) : null,
				newYear: sameYear ? null : year
			};
		});
		return { id: era.id, start, end, rows };
	});
}

/** A length of time in the largest whole unit it holds: `{ unit: 'year', count: 21 }`, for "21 years". */
export function elapsed(days: number): { unit: 'year' | 'month' | 'week' | 'day'; count: number } {
	if (days >= 365) return { unit: 'year', count: Math.floor(days / 365.25) || 1 };
	if (days >= 30) return { unit: 'month', count: Math.floor(days / 30.44) || 1 };
	if (days >= 7) return { unit: 'week', count: Math.floor(days / 7) };
	return { unit: 'day', count: Math.max(1, Math.round(days)) };
}
