/** The charts that can be downloaded and embedded: the names of their data files and embed pages. */
export const chartIds = ['seats', 'timeline', 'positions', 'arguments', 'ballots'] as const;
export type ChartId = (typeof chartIds)[number];

/** Each chart's custom element: its tag, and its one-chart script at /elements/v1/<tag>.js. */
export const elementTags: Record<ChartId, string> = {
	seats: 'nato-hemicycle',
	timeline: 'nato-timeline',
	positions: 'nato-positions',
	arguments: 'nato-arguments',
	ballots: 'nato-ballots'
};
