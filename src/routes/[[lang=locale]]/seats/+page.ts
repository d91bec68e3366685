import { loadCopy } from '$lib/story/copy';
import type { PageLoad } from './$types';

// The simulator is interactive: this page hydrates. Its chart and copy are still prerendered, so it reads without JavaScript.
export const csr = true;

export const load: PageLoad = async ({ data, parent }) => ({
	...data,
	...(await loadCopy((await parent()).locale, 'seats'))
});
