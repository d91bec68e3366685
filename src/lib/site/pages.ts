/** The site's pages: their path, their copy file in content/<locale>/ (if any) and their navigation label. */
import type { MessageKey } from '$lib/i18n/translate';

export interface SitePage {
	path: string;
	/** The mdsvex file in content/<locale>/ holding the page's copy. */
	copy?: string;
	label: MessageKey;
}

export const sitePages: readonly SitePage[] = [
	{ path: '/', copy: 'story', label: 'nav.story' },
	{ path: '/timeline/', copy: 'timeline', label: 'nav.timeline' },
	{ path: '/seats/', copy: 'seats', label: 'nav.seats' },
	{ path: '/positions/', copy: 'positions', label: 'nav.positions' },
	{ path: '/debate/', copy: 'debate', label: 'nav.debate' },
	{ path: '/methodology/', copy: 'methodology', label: 'nav.methodology' },
	{ path: '/sources/', label: 'nav.sources' }
];
