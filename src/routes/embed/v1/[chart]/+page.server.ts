import { error } from '@sveltejs/kit';
import { comparedCompositions, compositionPoints } from '$lib/data/assemblyRecords';
import { chartIds, type ChartId } from '$lib/data/chartIds';
import { content, messagesFor } from '$lib/data/content.server';
import { ballotChart, chartText } from '$lib/embed/chartText.server';
import { defaultLocale } from '$lib/i18n/locales';
import { translator, type Messages } from '$lib/i18n/translate';
import { storyGraphicsData } from '$lib/story/graphics/storyGraphics.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Each chart as an embed at a stable, versioned address: /embed/v1/seats/, /embed/v1/timeline/, … */
export const entries: EntryGenerator = () => chartIds.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	const chart = params.chart as ChartId;
	if (!chartIds.includes(chart)) error(404, 'No such chart');
	const { timeline, natoPositions, arguments: debate, ches } = content;
	const compositions = compositionPoints(content);
	const ballots = ballotChart(content);
	const asOf = {
		seats: compositions.at(-1)!.date,
		timeline: timeline.asOf,
		positions: natoPositions.asOf,
		arguments: debate.asOf,
		ballots: ballots.asOf
	}[chart];
	const sourceIds: string[] = {
		seats: compositions.flatMap((c) => c.sources),
		timeline: [],
		positions: ches.waves.flatMap((w) => w.sources),
		arguments: [],
		ballots: ballots.sources
	}[chart];
	const sources = content.sources.sources.filter((s) => sourceIds.includes(s.id));
	const pageMessages = messagesFor(defaultLocale, [
		'embed',
		'download',
		'hemicycle',
		'timeline',
		'positionMap',
		'positionTable',
		'positions',
		'argumentColumns',
		...(chart === 'ballots' ? ['ballots', 'simulator', 'table'] : [])
	]);
	return {
		chart,
		asOf,
		graphics: storyGraphicsData(content),
		compositions: comparedCompositions(compositions),
		sources: sources.map((s) => ({ title: s.publisher, href: s.url })),
		groupIds: content.assembly.groups.map((g) => g.id),
		text: chartText(content, chart, translator(pageMessages as Messages), defaultLocale),
		ballots: chart === 'ballots' ? ballots : null,
		pageMessages
	};
};
