import { content } from '$lib/data/content.server';
import { copyData } from '$lib/story/copyData';
import { copyReadingMinutes } from '$lib/story/copyStats.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	return {
		copy: copyData(content),
		readingMinutes: copyReadingMinutes(locale, 'story'),
		storyAsOf: content.keyFacts.asOf
	};
};
