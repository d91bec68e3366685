/**
 * What the /timeline/ page's island is sent of an event: its place (lane, date, span), its mark and its category
 * for the filter. Its title, text and sources are in its card, which the page's list prerenders: the island reads
 * the title from there and copies the card (see TimelineIsland.svelte), so that they are not also sent as the
 * island's props. Pure.
 */
import type { TimelineEventView } from '$lib/charts/timeline/types';

export type TimelineMarkEvent = Pick<
	TimelineEventView,
	'id' | 'lane' | 'category' | 'date' | 'endDate' | 'citedByMotion'
>;

export function markEvent(event: TimelineEventView): TimelineMarkEvent {
	const { id, lane, category, date, endDate, citedByMotion } = event;
	return { id, lane, category, date, ...(endDate ? { endDate } : {}), citedByMotion };
}
