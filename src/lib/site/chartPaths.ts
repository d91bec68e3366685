/** Where each chart is shown in full on the site (the embeds' "Explore the full chart" link, the log's links). */
import type { ChartId } from '$lib/data/chartIds';

export const chartPaths: Record<ChartId, string> = {
	seats: '/seats/',
	timeline: '/timeline/',
	positions: '/positions/',
	arguments: '/debate/',
	ballots: '/seats/#resolution-ballots'
};
