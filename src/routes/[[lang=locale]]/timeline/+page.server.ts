import { content, messagesFor } from '$lib/data/content.server';
import type { Messages } from '$lib/i18n/translate';
import { pageIslands } from '$lib/islands/island.server';
import ReuseIsland from '$lib/islands/ReuseIsland.svelte';
import { loadCopy } from '$lib/story/copy';
import { copyDataFor } from '$lib/story/copyStats.server';
import TimelineIsland from './TimelineIsland.svelte';
import { markEvent } from './timelineMarks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const { timeline } = content;
	const events = timeline.events.toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	const charts = {
		// Only where the charts draw each event: its title, text and sources are in the list's cards, which the
		// island reads and copies.
		events: events.map(markEvent),
		lanes: timeline.lanes,
		categories: timeline.categories,
		eras: timeline.eras,
		locale
	};
	const reuse = {
		chart: 'timeline' as const,
		// The page's title, for the embed's accessible name.
		title: (await loadCopy(locale, 'timeline')).metadata.title,
		locale
	};
	const island = pageIslands(content.messages[locale] as Messages);
	return {
		pageMessages: messagesFor(locale, ['timeline', 'download']),
		copy: copyDataFor(
			content,
			locale,
			'timeline',
			events.flatMap((e) => [...e.sources, ...(e.disagreement?.sources ?? []), ...(e.motionSources ?? [])])
		),
		events,
		lanes: timeline.lanes,
		categories: timeline.categories,
		eras: timeline.eras,
		asOf: timeline.asOf,
		islands: {
			charts: island('timeline', TimelineIsland, charts, 'load', {
				// The island reads them from the list's cards in the browser.
				serverProps: { titles: Object.fromEntries(events.map((e) => [e.id, e.title])) }
			}),
			reuse: island('reuse', ReuseIsland, reuse, 'visible')
		}
	};
};
