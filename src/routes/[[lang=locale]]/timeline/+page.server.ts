import { content, messagesFor } from '$lib/data/content.server';
import { copyDataFor } from '$lib/story/copyStats.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const { timeline } = content;
	const events = timeline.events.toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
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
		asOf: timeline.asOf
	};
};
