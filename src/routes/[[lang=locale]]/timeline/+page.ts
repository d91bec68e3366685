import { loadCopy } from '$lib/story/copy';
import type { PageLoad } from './$types';

// The zoomable chart is interactive: this page hydrates. The list of events is prerendered and complete without it.
export const csr = true;

export const load: PageLoad = async ({ data, parent }) => ({
	...data,
	...(await loadCopy((await parent()).locale, 'timeline'))
});
