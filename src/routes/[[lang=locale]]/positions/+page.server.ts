import { content, messagesFor } from '$lib/data/content.server';
import { positionChart } from '$lib/data/positionChart.server';
import { latestSeatChart } from '$lib/data/seatChart.server';
import { pageIslands } from '$lib/islands/island.server';
import ReuseIsland from '$lib/islands/ReuseIsland.svelte';
import type { Messages } from '$lib/i18n/translate';
import { loadCopy } from '$lib/story/copy';
import { copyDataFor } from '$lib/story/copyStats.server';
import PositionsIsland from './PositionsIsland.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const chart = positionChart(content);
	const copy = copyDataFor(content, locale, 'positions', [
		...chart.parties.flatMap((p) => p.evidence?.sources ?? []),
		...chart.waveSources
	]);
	const seatChart = latestSeatChart(content);
	const pageMessages = messagesFor(locale, [
		'positionMap',
		'positionTable',
		'positions',
		'hemicycle',
		'download'
	]);
	const workspace = {
		// Each party's card is a copy of the page's (+page.svelte): the island needs none of what only it shows.
		parties: chart.parties.map((p) => ({ ...p, evidence: null, stanceNote: null })),
		steps: chart.steps,
		axes: chart.axes,
		sources: [
			...new Set([...chart.waveSources, ...chart.parties.flatMap((p) => p.evidence?.sources ?? [])])
		].map((id) => ({ id, publisher: content.sources.sources.find((s) => s.id === id)!.publisher })),
		seatChart: { groups: seatChart.groups, vacant: seatChart.vacant, totalSeats: seatChart.totalSeats },
		asOf: content.natoPositions.asOf,
		locale
	};
	const reuse = {
		chart: 'positions' as const,
		// The page's title, for the embed's accessible name.
		title: (await loadCopy(locale, 'positions')).metadata.title,
		locale
	};
	const island = pageIslands(content.messages[locale] as Messages);
	return {
		pageMessages,
		copy,
		...chart,
		positionsAsOf: content.natoPositions.asOf,
		seatChart,
		islands: {
			workspace: island('positions', PositionsIsland, workspace),
			reuse: island('reuse', ReuseIsland, reuse, 'visible')
		}
	};
};
