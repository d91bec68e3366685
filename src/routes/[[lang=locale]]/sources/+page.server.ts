import { content } from '$lib/data/content.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	// Which records cite each source, so that a reader can see what it is used for.
	const citedBy = new Map<string, string[]>();
	const add = (sourceId: string, what: string) =>
		citedBy.set(sourceId, [...(citedBy.get(sourceId) ?? []), what]);
	for (const fact of content.keyFacts.facts) for (const id of fact.sources) add(id, `key-facts: ${fact.id}`);
	for (const group of content.assembly.groups)
		for (const id of group.sources) add(id, `assembly: group ${group.id}`);
	for (const c of content.assembly.compositions)
		for (const id of c.sources) add(id, `assembly: seats on ${c.date}`);
	return {
		asOf: content.sources.asOf,
		sources: content.sources.sources.map((source, i) => ({
			...source,
			number: i + 1,
			citedBy: citedBy.get(source.id) ?? []
		}))
	};
};
