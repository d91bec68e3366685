import { dev } from '$app/environment';
import { loadCopy } from '$lib/story/copy';
import type { PageLoad } from './$types';

// Prerendered HTML with islands: only the outline, map, filter, classroom mode and seat chart, and the reuse
// links, hydrate (src/islands/). In development the page hydrates whole, as islands need their own build.
export const csr = dev;

export const load: PageLoad = async ({ data, parent }) => ({
	...data,
	...(await loadCopy((await parent()).locale, 'debate'))
});
