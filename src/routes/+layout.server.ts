import { content, messagesFor } from '$lib/data/content.server';
import { reportingTo, sourcesChecked } from '$lib/data/siteDates';
import { latestUpdate } from '$lib/data/updateLog';
import { groupTokenCss } from '$lib/design/groupTokens';
import { defaultLocale, isLocale, localizedPath } from '$lib/i18n/locales';
import { translator, type Messages } from '$lib/i18n/translate';
import { datedHtml, footerHtml, updatedLinkHtml } from '$lib/site/dateLines';
import { sitePageOfRoute } from '$lib/site/pages';
import type { LayoutServerLoad } from './$types';

// Every page is rendered at build time: the site is a folder of static files with no server.
export const prerender = true;
// `/sources/` is served as `sources/index.html`, which every static host understands.
export const trailingSlash = 'always';

export const load: LayoutServerLoad = ({ params, route, url }) => {
	const lang = 'lang' in params ? params.lang : undefined;
	const locale = lang && isLocale(lang) ? lang : defaultLocale;
	// By route: reading `url.pathname` would run this load again at each change of the seats page's scenario,
	// which lives in the address (`url.origin` is not tracked).
	const sitePage = sitePageOfRoute(route.id);
	const t = translator(messagesFor(locale, ['site', 'dates', 'footer', 'updates']) as Messages);
	const dates = { reportingTo: reportingTo(content), sourcesChecked: sourcesChecked(content) };
	const updated = sitePage && latestUpdate(content.updates.entries, { page: sitePage.id });
	return {
		locale,
		// The strings every page needs; each page's load adds its own (`pageMessages`).
		messages: messagesFor(locale) as Partial<Messages>,
		groupCss: groupTokenCss(content.assembly.groups),
		/** Where the site is served (SITE_ORIGIN at build time, see svelte.config.js), for absolute addresses. */
		origin: url.origin,
		/** The footer's text, dates and links to the log of changes and the methodology, as HTML (dateLines.ts). */
		footer: footerHtml({
			name: t('site.name'),
			credit: t('footer.credit'),
			licence: t('footer.licence'),
			fonts: t('footer.fonts'),
			reportingTo: datedHtml(t('dates.reportingTo'), dates.reportingTo, locale),
			sourcesChecked: datedHtml(t('footer.sourcesChecked'), dates.sourcesChecked, locale),
			links: [
				{ href: localizedPath(locale, '/updates/'), text: t('updates.title') },
				{ href: localizedPath(locale, '/methodology/'), text: t('footer.corrections') },
				{ href: `${localizedPath(locale, '/methodology/')}#licences`, text: t('footer.licenceLink') }
			]
		}),
		/** "Updated <date>", linked to the newest entry of the log of changes affecting this page, as HTML; or null. */
		updatedHtml: updated
			? updatedLinkHtml(updated, {
					label: t('updates.updated'),
					updatesPage: localizedPath(locale, '/updates/'),
					locale
				})
			: null
	};
};
