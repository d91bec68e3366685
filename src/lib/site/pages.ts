/** The site's pages: their id, path, copy file in content/<locale>/ (if any) and navigation label. */
import type { PageId } from '$lib/data/pageIds';
import type { MessageKey } from '$lib/i18n/translate';

export interface SitePage {
	/** What the log of changes (content/data/updates.json) calls the page. */
	id: PageId;
	path: string;
	/** The mdsvex file in content/<locale>/ holding the page's copy. */
	copy?: string;
	label: MessageKey;
	/** False for a page linked from the footer only, not from the main navigation. */
	nav?: boolean;
}

export const sitePages: readonly SitePage[] = [
	{ id: 'story', path: '/', copy: 'story', label: 'nav.story' },
	{ id: 'timeline', path: '/timeline/', copy: 'timeline', label: 'nav.timeline' },
	{ id: 'seats', path: '/seats/', copy: 'seats', label: 'nav.seats' },
	{ id: 'positions', path: '/positions/', copy: 'positions', label: 'nav.positions' },
	{ id: 'debate', path: '/debate/', copy: 'debate', label: 'nav.debate' },
	{ id: 'methodology', path: '/methodology/', copy: 'methodology', label: 'nav.methodology' },
	{ id: 'sources', path: '/sources/', label: 'nav.sources' },
	{ id: 'updates', path: '/updates/', label: 'updates.title', nav: false }
];

/**
 * The page of the site a route shows (`/[[lang=locale]]/seats` → the seats page), if any. By route, not by
 * address: a load that reads `url.pathname` runs again whenever the address changes, even its query alone.
 */
export function sitePageOfRoute(routeId: string | null): SitePage | undefined {
	if (routeId === null || !routeId.startsWith('/[[lang=locale]]')) return undefined;
	const path = `${routeId.slice('/[[lang=locale]]'.length)}/`;
	return sitePages.find((page) => page.path === path);
}
