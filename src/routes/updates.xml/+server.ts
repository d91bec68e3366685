import { base } from '$app/paths';
import { content, messagesFor } from '$lib/data/content.server';
import { reportingTo } from '$lib/data/siteDates';
import { defaultLocale } from '$lib/i18n/locales';
import { translator, type Messages } from '$lib/i18n/translate';
import { atomFeed, shortTitle } from '$lib/updates/atomFeed';
import { updateViewPrefixes, updateViews } from '$lib/updates/updateViews.server';
import type { RequestHandler } from './$types';

// Prerendered: /updates.xml. Addresses are absolute, on the build's SITE_ORIGIN (svelte.config.js).
export const prerender = true;
export const trailingSlash = 'never';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: RequestHandler = ({ url }) => {
	const locale = defaultLocale;
	const t = translator({ ...messagesFor(locale, [...updateViewPrefixes, 'site']) } as Messages);
	// `base` may be relative while prerendering: resolved against this response's own address.
	const site = new URL(`${base}/`, url).href.replace(/\/$/, '');
	// The feed is in the default locale, whose pages sit at the site's root.
	const absolute = (path: string) => `${site}${path}`;
	const page = absolute('/updates/');
	const entries = updateViews(content, locale, t).map((entry) => {
		const kind = entry.kind === 'correction' ? t('updates.correction') : t('updates.update');
		const affects = entry.affects
			.map((target) => `<a href="${escapeHtml(absolute(target.path))}">${escapeHtml(target.label)}</a>`)
			.join(', ');
		return {
			id: entry.id,
			date: entry.date,
			title: `${kind}: ${shortTitle(entry.what.text)}`,
			html: [
				`<p>${escapeHtml(entry.what.text)}</p>`,
				entry.why
					? `<p><strong>${escapeHtml(t('updates.why'))}</strong> ${escapeHtml(entry.why.text)}</p>`
					: '',
				`<p>${escapeHtml(t('updates.affects'))} ${affects}</p>`
			].join(''),
			href: `${page}#${entry.id}`,
			category: { term: entry.kind, label: kind }
		};
	});
	const xml = atomFeed({
		name: 'france-nato-explainer/updates',
		title: t('site.feedTitle'),
		subtitle: t('updates.description'),
		author: t('updates.author'),
		self: `${site}/updates.xml`,
		page,
		// Entries are newest first; an empty log is as current as what the site reports.
		updated: content.updates.entries[0]?.date ?? reportingTo(content),
		entries
	});
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
