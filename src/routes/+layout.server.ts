import { content, messagesFor } from '$lib/data/content.server';
import { reportingTo, sourcesChecked } from '$lib/data/siteDates';
import { latestUpdate, updatedRef } from '$lib/data/updateLog';
import { groupTokenCss } from '$lib/design/groupTokens';
import { defaultLocale, isLocale, localizedPath } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/translate';
import { sitePages } from '$lib/site/pages';
import type { LayoutServerLoad } from './$types';

// Every page is rendered at build time: the site is a folder of static files with no server.
export const prerender = true;
// `/sources/` is served as `sources/index.html`, which every static host understands.
export const trailingSlash = 'always';

export const load: LayoutServerLoad = ({ params, url }) => {
	const lang = 'lang' in params ? params.lang : undefined;
	const locale = lang && isLocale(lang) ? lang : defaultLocale;
	const sitePage = sitePages.find((p) => localizedPath(locale, p.path) === url.pathname);
	return {
		locale,
		// The strings every page needs; each page's load adds its own (`pageMessages`).
		messages: messagesFor(locale) as Partial<Messages>,
		groupCss: groupTokenCss(content.assembly.groups),
		/** Where the site is served (SITE_ORIGIN at build time, see svelte.config.js), for absolute addresses. */
		origin: url.origin,
		/** How current the site is (src/lib/data/siteDates.ts): what it reports up to, and when its sources were checked. */
		dates: { reportingTo: reportingTo(content), sourcesChecked: sourcesChecked(content) },
		/** The newest entry of the log of changes that affects this page, if any. */
		updated: sitePage ? updatedRef(latestUpdate(content.updates.entries, { page: sitePage.id })) : null
	};
};
