import { loadCopy } from '$lib/story/copy';
import type { PageLoad } from './$types';

// The story sends none of the app's JavaScript: its graphics are prerendered for every step, and the inline
// scrolly engine (src/lib/scrolly/engine.ts) switches between them as the reader scrolls.
export const csr = false;

export const load: PageLoad = async ({ data, parent }) => ({
	...data,
	...(await loadCopy((await parent()).locale, 'story'))
});
