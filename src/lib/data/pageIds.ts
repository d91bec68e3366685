/** The site's pages, by id: the log of changes (content/data/updates.json) names the pages each entry affects. */
export const pageIds = [
	'story',
	'timeline',
	'seats',
	'positions',
	'debate',
	'methodology',
	'sources',
	'updates'
] as const;
export type PageId = (typeof pageIds)[number];
