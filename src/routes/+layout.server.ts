import { content, messagesFor } from '$lib/data/content.server';
import { groupTokenCss } from '$lib/design/groupTokens';
import { defaultLocale, isLocale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/translate';
import type { LayoutServerLoad } from './$types';

// Every page is rendered at build time: the site is a folder of static files with no server.
export const prerender = true;
// `/sources/` is served as `sources/index.html`, which every static host understands.
export const trailingSlash = 'always';

export const load: LayoutServerLoad = ({ params, url }) => {
	const lang = 'lang' in params ? params.lang : undefined;
	const locale = lang && isLocale(lang) ? lang : defaultLocale;
	return {
		locale,
		// The strings every page needs; each page's load adds its own (`pageMessages`).
		messages: messagesFor(locale) as Partial<Messages>,
		groupCss: groupTokenCss(content.assembly.groups),
		/** Where the site is served (SITE_ORIGIN at build time, see svelte.config.js), for absolute addresses. */
		origin: url.origin,
		/** The newest "as of" date among the datasets: how current the site's facts are. */
		asOf: [content.sources.asOf, content.keyFacts.asOf, content.assembly.asOf].toSorted().at(-1)!
	};
};
