import { dev } from '$app/environment';
import { loadCopy } from '$lib/story/copy';
import type { PageLoad } from './$types';

// Prerendered HTML with islands: only the filter with the two charts, and the reuse links, hydrate
// (src/islands/). The list of events is prerendered and complete without them; the charts' cards are copies of
// its cards. In development the page hydrates whole, as islands need their own build.
export const csr = dev;

export const load: PageLoad = async ({ data, parent }) => ({
	...data,
	...(await loadCopy((await parent()).locale, 'timeline'))
});
