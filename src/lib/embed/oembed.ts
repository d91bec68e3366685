/**
 * oEmbed (https://oembed.com): what a CMS gets when a writer pastes one of our chart addresses. Each chart has
 * a prerendered response at `/oembed/v1/<chart>.json`, found through the discovery link in the chart's pages.
 * The HTML is the embed's iframe and its height listener, as the "Embed this chart" panel gives them
 * (iframeSnippet.ts): a CMS that keeps scripts (Ghost, a plain HTML block) sizes the iframe to the chart at any
 * width; WordPress keeps only the iframe of an unknown provider, and sizes it by the embed's WordPress messages.
 */
import type { ChartId } from '$lib/data/chartIds';
import { iframeSnippet } from './iframeSnippet';

/** The width the responses are written for, in CSS px; the iframe itself takes the host's full width. */
export const oembedWidth = 600;

/**
 * Each embed's height at `oembedWidth` (measured; the browser tests check these stay within 20%). Only the
 * first frame uses it: the embed reports its real height as soon as it runs, and where nothing listens (a host
 * that strips scripts and is not WordPress) the iframe scrolls.
 */
export const oembedHeight: Record<ChartId, number> = {
	seats: 760,
	timeline: 1550,
	positions: 1010,
	arguments: 1360,
	ballots: 2700
};

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
}

/** The site-relative addresses of a chart's oEmbed response and embed page. */
export const oembedPath = (chart: ChartId) => `/oembed/v1/${chart}.json`;
export const embedPath = (chart: ChartId) => `/embed/v1/${chart}/`;

/** The oEmbed response for `chart`, with absolute addresses under `site` (origin and base path, no slash). */
export function oembedResponse(
	chart: ChartId,
	{ site, title, providerName }: { site: string; title: string; providerName: string }
): OEmbedRich {
	const height = oembedHeight[chart];
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: providerName,
		provider_url: `${site}/`,
		html: iframeSnippet({ src: site + embedPath(chart), title, height, width: oembedWidth }),
		width: oembedWidth,
		height,
		cache_age: 86400
	};
}
