/**
 * How a notice about values that could not be used stays short, on the chart pages, in the embeds and in the
 * custom elements: each value cut, each named once, the first few, then how many more. Its own module, so that
 * a page showing a notice loads nothing else of the embeds' code.
 */

/** How many dropped values a notice names; it counts the rest ("and 12 more"). */
export const noticeLimit = 5;

/** A value as a notice quotes it: at most 40 characters, the last an ellipsis when it was cut. */
export function noticeValue(value: string): string {
	return value.length > 40 ? `${value.slice(0, 39)}\u2026` : value;
}
