/**
 * Dates as the project writes them: ISO 8601 calendar dates with a precision, `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. A source often gives only a month or a year, and we never invent the rest, so a date names a
 * whole period: `'1966'` is all of 1966, `'2009-03'` all of March 2009. The one parser for the validator, the
 * story's graphic states, the layouts and the formatting. Pure: no locale, no DOM.
 *
 * Ours, not d3-time-format's: `utcParse('%Y-%m-%d')` reads an impossible date such as '2023-02-29' as
 * 1 March, and has no partial dates.
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** A partial ISO date's parts, as written: `month` (1–12) and `day` (1–31) only down to its precision. */
export interface PartialDate {
	precision: DatePrecision;
	year: number;
	month?: number;
	day?: number;
}

const isoPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The parts of `text`, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or undefined unless it names a real
 * calendar period (not `'2025-13'`, not `'2023-02-29'`).
 */
export function parsePartialDate(text: string): PartialDate | undefined {
	const match = isoPattern.exec(text);
	if (!match) return undefined;
	const year = Number(match[1]);
	if (match[2] === undefined) return { precision: 'year', year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return undefined;
	if (match[3] === undefined) return { precision: 'month', year, month };
	const day = Number(match[3]);
	// Day 0 of the next month is the last day of this one.
	const daysInMonth = new Date(utc(year, month + 1, 0)).getUTCDate();
	return day >= 1 && day <= daysInMonth ? { precision: 'day', year, month, day } : undefined;
}

/** True when `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isPartialIsoDate(text: string): boolean {
	return parsePartialDate(text) !== undefined;
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
	return parsePartialDate(text)?.precision === 'day';
}

/** The precision a partial ISO date is written with. */
export function datePrecision(text: string): DatePrecision {
	return text.length === 4 ? 'year' : text.length === 7 ? 'month' : 'day';
}

/**
 * The period a partial ISO date covers, in UTC ms, half-open (`end` is when the next period starts), or with
 * `endDate` from the start of `date` to the end of `endDate`'s period.
 *
 * @throws Error for a malformed or impossible date (`'2023-02-29'`), or an `endDate` ending before `date`.
 */
export function dateExtent(date: string, endDate?: string): { start: number; end: number } {
	const first = periodOf(date);
	if (endDate === undefined) return first;
	const last = periodOf(endDate);
	if (last.end <= first.start) throw new Error(`The end date "${endDate}" comes before "${date}".`);
	return { start: first.start, end: last.end };
}

/**
 * True when partial date `a` is surely later than `b`: compared at the coarser of the two precisions, so
 * `2026-02` is later than `2026-01-26`, but `2026-01` is not.
 */
export function isLater(a: string, b: string): boolean {
	// Four-digit years and two-digit months and days sort as text in calendar order.
	const length = Math.min(a.length, b.length);
	return a.slice(0, length) > b.slice(0, length);
}

/** The UTC calendar day of an instant, YYYY-MM-DD: callers pass `new Date()` for "today". */
export function isoDay(instant: Date): string {
	return instant.toISOString().slice(0, 10);
}

function periodOf(text: string): { start: number; end: number } {
	const date = parsePartialDate(text);
	if (!date) throw new Error(`"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.`);
	const { year, month, day } = date;
	if (month === undefined) return { start: utc(year, 1, 1), end: utc(year + 1, 1, 1) };
	if (day === undefined) return { start: utc(year, month, 1), end: utc(year, month + 1, 1) };
	return { start: utc(year, month, day), end: utc(year, month, day + 1) };
}

/**
 * UTC ms at the start of a day, `month` counted from 1. Not `Date.UTC`, which reads years 0–99 as 1900–1999;
 * months and days past their end roll over, as with it.
 */
function utc(year: number, month: number, day: number): number {
	return new Date(0).setUTCFullYear(year, month - 1, day);
}
