/**
 * What the /timeline/ page's island draws of an event: its place (lane, date, span), its mark, its category
 * for the filter and its title. Its text and sources are in its card, which the page's list prerenders and the
 * island copies (see TimelineIsland.svelte), so that they are not also sent as the island's props. Pure.
 */
import type { TimelineEventView } from '$lib/charts/timeline/types';

export type TimelineMarkEvent = Pick<
	TimelineEventView,
	'id' | 'lane' | 'category' | 'date' | 'endDate' | 'title' | 'citedByMotion'
>;

export function markEvent(event: TimelineEventView): TimelineMarkEvent {
	const { id, lane, category, date, endDate, title, citedByMotion } = event;
	return { id, lane, category, date, ...(endDate ? { endDate } : {}), title, citedByMotion };
}
