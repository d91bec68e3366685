/** The charts that can be downloaded and embedded: the names of their data files and embed pages. */
export const chartIds = ['seats', 'timeline', 'positions', 'arguments'] as const;
export type ChartId = (typeof chartIds)[number];
