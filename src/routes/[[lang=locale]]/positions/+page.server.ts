import { content, messagesFor } from '$lib/data/content.server';
import { positionChart } from '$lib/data/positionChart.server';
import { latestSeatChart } from '$lib/data/seatChart.server';
import { copyDataFor } from '$lib/story/copyStats.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const chart = positionChart(content);
	return {
		pageMessages: messagesFor(locale, ['positionMap', 'positionTable', 'positions', 'hemicycle', 'download']),
		copy: copyDataFor(content, locale, 'positions', [
			...chart.parties.flatMap((p) => p.evidence?.sources ?? []),
			...chart.waveSources
		]),
		...chart,
		positionsAsOf: content.natoPositions.asOf,
		seatChart: latestSeatChart(content)
	};
};
