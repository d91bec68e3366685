import { loadCopy } from '$lib/story/copy';
import type { PageLoad } from './$types';

// A text-only page: no JavaScript is sent.
export const csr = false;

export const load: PageLoad = async ({ data, parent }) => ({
	...data,
	...(await loadCopy((await parent()).locale, 'methodology'))
});
