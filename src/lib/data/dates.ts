/**
 * Dates as the project writes them: ISO 8601 calendar dates with a precision, `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. A source often gives only a month or a year, and we never invent the rest. Ours, not
 * d3-time-format's: `utcParse('%Y-%m-%d')` reads an impossible date such as '2023-02-29' as 1 March, and
 * has no partial dates.
 */

export type DatePrecision = 'year' | 'month' | 'day';

const isoPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isPartialIsoDate(text: string): boolean {
	const match = isoPattern.exec(text);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	const d = Number(day);
	const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
	return d >= 1 && d <= daysInMonth;
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
	return text.length === 10 && isPartialIsoDate(text);
}

/** The precision a partial ISO date is written with. */
export function datePrecision(text: string): DatePrecision {
	return text.length === 4 ? 'year' : text.length === 7 ? 'month' : 'day';
}

/**
 * True when partial date `a` is surely later than `b`: compared at the coarser of the two precisions, so
 * `2026-02` is later than `2026-01-26`, but `2026-01` is not.
 */
export function isLater(a: string, b: string): boolean {
	const length = Math.min(a.length, b.length);
	return a.slice(0, length) > b.slice(0, length);
}

/** Formats a partial ISO date for a locale at its own precision (e.g. "March 1966", "19 January 2026"). */
export function formatDate(text: string, locale: string, options: { weekday?: boolean } = {}): string {
	const precision = datePrecision(text);
	const [year, month = '01', day = '01'] = text.split('-');
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	const format: Intl.DateTimeFormatOptions =
		precision === 'year'
			? { year: 'numeric' }
			: precision === 'month'
				? { year: 'numeric', month: 'long' }
				: { year: 'numeric', month: 'long', day: 'numeric' };
	if (options.weekday && precision === 'day') format.weekday = 'long';
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { ...format, timeZone: 'UTC' }).format(
		date
	);
}

/** The UTC calendar day of an instant, YYYY-MM-DD: callers pass `new Date()` for "today". */
export function isoDay(instant: Date): string {
	return instant.toISOString().slice(0, 10);
}
