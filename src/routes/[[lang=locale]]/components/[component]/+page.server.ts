import { error } from '@sveltejs/kit';
import { content, messagesFor } from '$lib/data/content.server';
import { componentDocs } from '$lib/docs/componentDocs.server';
import { componentPageIds, componentPages, type ComponentPageId } from '$lib/docs/componentPages';
import { componentExamples } from '$lib/docs/componentExamples.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per chart: /components/hemicycle/, /components/timeline/, … */
export const entries: EntryGenerator = () => componentPageIds.map((component) => ({ component }));

export const load: PageServerLoad = async ({ params, parent }) => {
	const id = params.component as ComponentPageId;
	if (!componentPageIds.includes(id)) error(404, 'No such component page');
	const page = componentPages[id];
	return {
		id,
		usage: page.usage,
		chartPage: page.chartPage,
		chartPageLabel: page.chartPageLabel,
		chart: page.chart,
		elementAttributes: page.elementAttributes,
		docs: componentDocs(page.components),
		examples: componentExamples(content, id),
		pageMessages: messagesFor((await parent()).locale, [
			'components',
			'hemicycle',
			'simulator',
			'timeline',
			'positionMap',
			'positionTable',
			'positions',
			'argumentColumns',
			'debate'
		])
	};
};
