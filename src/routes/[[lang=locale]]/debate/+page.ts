import { loadCopy } from '$lib/story/copy';
import type { PageLoad } from './$types';

// The outline, map, filter and classroom mode are interactive: this page hydrates. All claims are prerendered.
export const csr = true;

export const load: PageLoad = async ({ data, parent }) => ({
	...data,
	...(await loadCopy((await parent()).locale, 'debate'))
});
