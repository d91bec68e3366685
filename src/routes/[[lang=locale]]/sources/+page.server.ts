import { content, messagesFor } from '$lib/data/content.server';
import { sourcesChecked } from '$lib/data/siteDates';
import { sitePages } from '$lib/site/pages';
import { copyData } from '$lib/story/copyData';
import { copySourcesCited } from '$lib/story/copyStats.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const { assembly } = copyData(content);
	const citationData = {
		factSources: Object.fromEntries(content.keyFacts.facts.map((fact) => [fact.id, fact.sources])),
		seatSources: assembly.sources
	};
	// The pages that cite each source, so that a reader can see where it is used.
	const citedOn = new Map<string, (typeof sitePages)[number][]>();
	for (const page of sitePages)
		if (page.copy)
			for (const id of copySourcesCited(locale, page.copy, citationData))
				citedOn.set(id, [...(citedOn.get(id) ?? []), page]);
	// The group colours and names are shown on the methodology page.
	const methodology = sitePages.find((page) => page.copy === 'methodology')!;
	for (const id of content.assembly.groups.flatMap((group) => group.sources))
		if (!citedOn.get(id)?.includes(methodology)) citedOn.set(id, [...(citedOn.get(id) ?? []), methodology]);
	return {
		pageMessages: messagesFor(locale, ['sources']),
		/** When we last compared our text with these sources: the newest "checked" date. */
		checked: sourcesChecked(content),
		sources: content.sources.sources.map((source, i) => ({
			...source,
			number: i + 1,
			citedOn: (citedOn.get(source.id) ?? []).map(({ path, label }) => ({ path, label }))
		}))
	};
};
