/**
 * The data of the components pages' examples: the site's own data, as the chart pages draw it, and other
 * data, either from content/ (the 2024 election result by alliance) or a clearly labelled invented
 * example whose code the page shows (src/lib/docs/examples/).
 */
import { comparedCompositions, compositionPoints } from '$lib/data/assemblyRecords';
import type { HemicycleGroup } from '$lib/charts/hemicycle/types';
import { latestSeatChart } from '$lib/data/seatChart.server';
import type { Content } from '$lib/data/validate';
import { storyGraphicsData } from '$lib/story/graphics/storyGraphics.server';
import type { ComponentPageId } from './componentPages';

const exampleSources = import.meta.glob<string>('/src/lib/docs/examples/*.svelte', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** An example's code as a developer writes it: imports from the package rather than from `$lib`. */
export function exampleCode(name: string): string {
	const source = exampleSources[`/src/lib/docs/examples/${name}.svelte`];
	if (!source) throw new Error(`exampleCode: no src/lib/docs/examples/${name}.svelte`);
	return source.replaceAll("from '$lib'", "from '@france-nato/charts'");
}

const sourceLinks = (content: Content, ids: readonly string[]) =>
	content.sources.sources
		.filter((source) => ids.includes(source.id))
		.map((source) => ({ title: source.publisher, href: source.url }));

export function componentExamples(content: Content, id: ComponentPageId) {
	const graphics = storyGraphicsData(content);
	switch (id) {
		case 'hemicycle': {
			const { election2024: election } = content;
			const seats = latestSeatChart(content);
			const compositions = comparedCompositions(compositionPoints(content));
			const groups: HemicycleGroup[] = election.alliances.map((a) => ({
				id: a.id,
				label: a.label,
				name: a.name,
				detail: a.detail,
				seats: a.seats,
				fill: `var(--group-${a.colourGroup}-fill)`,
				ink: `var(--group-${a.colourGroup}-ink)`
			}));
			return {
				kind: 'hemicycle' as const,
				project: {
					...seats,
					compositions,
					asOf: compositions.at(-1)!.date,
					sources: sourceLinks(content, compositions.at(-1)!.sources)
				},
				other: {
					groups,
					total: election.totalSeats,
					date: election.date,
					asOf: election.asOf,
					sources: sourceLinks(content, [...new Set(election.alliances.flatMap((a) => a.sources))])
				}
			};
		}
		case 'timeline':
			return {
				kind: 'timeline' as const,
				project: { ...graphics.timeline, asOf: content.timeline.asOf },
				code: exampleCode('TimelineExample')
			};
		case 'positions':
			return {
				kind: 'positions' as const,
				project: { ...graphics.positions, asOf: content.natoPositions.asOf },
				code: exampleCode('PositionsExample')
			};
		case 'arguments':
			return {
				kind: 'arguments' as const,
				project: { ...graphics.debate, asOf: content.arguments.asOf },
				code: exampleCode('ArgumentsExample')
			};
	}
}
