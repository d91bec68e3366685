import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { chartIds, type ChartId } from '$lib/data/chartIds';
import { content, messagesFor } from '$lib/data/content.server';
import { chartText } from '$lib/embed/chartText.server';
import { oembedResponse } from '$lib/embed/oembed';
import { defaultLocale } from '$lib/i18n/locales';
import { translator, type Messages } from '$lib/i18n/translate';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered: /oembed/v1/seats.json, … The origin is the build's SITE_ORIGIN (svelte.config.js).
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => chartIds.map((id) => ({ file: `${id}.json` }));

export const GET: RequestHandler = ({ params, url }) => {
	const chart = /^([a-z]+)\.json$/.exec(params.file)?.[1] as ChartId | undefined;
	if (!chart || !chartIds.includes(chart)) error(404, 'No such chart');
	const messages = messagesFor(defaultLocale, ['site', 'embed', 'ballots']);
	const response = oembedResponse(chart, {
		// `base` may be relative while prerendering: resolved against this response's own address.
		site: new URL(`${base}/`, url).href.replace(/\/$/, ''),
		title: chartText(content, chart, translator(messages as Messages), defaultLocale).title,
		providerName: messages['site.name']!
	});
	return new Response(`${JSON.stringify(response, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
