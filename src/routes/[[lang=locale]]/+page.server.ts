import { content } from '$lib/data/content.server';
import { copyDataFor, copyReadingMinutes } from '$lib/story/copyStats.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	return {
		copy: copyDataFor(content, locale, 'story'),
		readingMinutes: copyReadingMinutes(locale, 'story'),
		storyAsOf: content.keyFacts.asOf
	};
};
