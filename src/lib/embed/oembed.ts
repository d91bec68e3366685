/**
 * oEmbed (https://oembed.com): what a CMS gets when a writer pastes one of our chart addresses. Each chart has
 * a prerendered response at `/oembed/v1/<chart>.json`, found through the discovery link in the chart's pages.
 * The HTML is a bare iframe, the one thing WordPress and other consumers keep from an unknown provider; the
 * embed then sizes it by its own height messages (Pym.js, Datawrapper and WordPress formats).
 */
import type { ChartId } from '$lib/data/chartIds';

/** The width the responses are written for, in CSS px; the iframe itself takes the host's full width. */
export const oembedWidth = 600;

/**
 * Each embed's height at `oembedWidth` (measured; the browser tests check these stay within 20%). Only the
 * first frame uses it: the embed reports its real height as soon as it runs.
 */
export const oembedHeight: Record<ChartId, number> = {
	seats: 630,
	timeline: 1640,
	positions: 1080,
	arguments: 1390,
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

const attribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
		html: `<iframe src="${attribute(site + embedPath(chart))}" title="${attribute(title)}" width="${oembedWidth}" height="${height}" style="width:100%;border:0" scrolling="no" loading="lazy"></iframe>`,
		width: oembedWidth,
		height,
		cache_age: 86400
	};
}
