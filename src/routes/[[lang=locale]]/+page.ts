import { loadCopy } from '$lib/story/copy';
import type { PageLoad } from './$types';

// The opening is text only for now: no JavaScript is sent. Turn this on when the first interactive chart lands.
export const csr = false;

export const load: PageLoad = async ({ data, parent }) => ({
	...data,
	...(await loadCopy((await parent()).locale, 'story'))
});
