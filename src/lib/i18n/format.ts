/**
 * Dates in the reader's language: the locale Intl is given for each of ours, and a partial ISO date written
 * at its own precision. Charts, pages and the downloads format through here; the dates themselves are parsed
 * in `dates/partialDate.ts`.
 */
import { dateExtent, datePrecision } from '../dates/partialDate.ts';

/**
 * The locale to give `Intl` for one of ours: British English for `en`, for its day-month-year order ("19
 * January 2026"); any other as it is.
 */
export function intlLocale(locale: string): string {
	return locale === 'en' ? 'en-GB' : locale;
}

/**
 * Formats a partial ISO date for a locale at its own precision (e.g. "March 1966", "19 January 2026"), with
 * the weekday for a full date when `weekday` is set.
 *
 * @throws Error for a malformed or impossible date.
 */
export function formatDate(text: string, locale: string, options: { weekday?: boolean } = {}): string {
	const precision = datePrecision(text);
	const format: Intl.DateTimeFormatOptions =
		precision === 'year'
			? { year: 'numeric' }
			: precision === 'month'
				? { year: 'numeric', month: 'long' }
				: { year: 'numeric', month: 'long', day: 'numeric' };
	if (options.weekday && precision === 'day') format.weekday = 'long';
	return new Intl.DateTimeFormat(intlLocale(locale), { ...format, timeZone: 'UTC' }).format(
		dateExtent(text).start
	);
}
