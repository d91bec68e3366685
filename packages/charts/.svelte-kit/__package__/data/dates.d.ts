/**
 * Dates as the project writes them: ISO 8601 calendar dates with a precision, `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. A source often gives only a month or a year, and we never invent the rest.
 */
export type DatePrecision = 'year' | 'month' | 'day';
/** True when `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export declare function isPartialIsoDate(text: string): boolean;
/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export declare function isIsoDay(text: string): boolean;
/** The precision a partial ISO date is written with. */
export declare function datePrecision(text: string): DatePrecision;
/** Formats a partial ISO date for a locale at its own precision (e.g. "March 1966", "19 January 2026"). */
export declare function formatDate(text: string, locale: string, options?: {
    weekday?: boolean;
}): string;
