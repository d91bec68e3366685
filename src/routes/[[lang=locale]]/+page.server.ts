import { content, messagesFor } from '$lib/data/content.server';
import { reportingTo } from '$lib/data/siteDates';
import { storyGraphicSources, storyGraphicsData } from '$lib/story/graphics/storyGraphics.server';
import { copyDataFor, copyReadingMinutes } from '$lib/story/copyStats.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	return {
		// The story is prerendered without the app's JavaScript, so these strings and data stay on the server.
		pageMessages: messagesFor(locale, [
			'scrolly',
			'storyGraphic',
			'legalPath',
			'hemicycle',
			'preset',
			'simulator',
			'ballots',
			'copy',
			'timeline',
			'positionMap',
			'positions',
			'argumentColumns'
		]),
		copy: copyDataFor(content, locale, 'story', storyGraphicSources(content)),
		graphics: storyGraphicsData(content),
		readingMinutes: copyReadingMinutes(content, locale, 'story'),
		/** The newest date the story reports (src/lib/data/siteDates.ts), for its byline. */
		reportingTo: reportingTo(content)
	};
};
