import { loadCopy } from '$lib/story/copy';
import type { PageLoad } from './$types';

// The map and its evidence cards are interactive: this page hydrates. Map, cards' data and copy are prerendered.
export const csr = true;

export const load: PageLoad = async ({ data, parent }) => ({
	...data,
	...(await loadCopy((await parent()).locale, 'positions'))
});
