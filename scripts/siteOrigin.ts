/**
 * The site's public origin (SITE_ORIGIN), which a production build writes into the few addresses that must be
 * absolute: the oEmbed answers, the Atom feed, canonical links and link previews. A build without it would
 * publish the preview server's loopback address, so `vite build` stops, saying what to set.
 */
import type { Plugin } from 'vite';

/** Where `npm run preview` and the tests serve the build. */
export const previewOrigin = (port: string | number = 4173) => `http://127.0.0.1:${port}`;

export class SiteOriginError extends Error {
	override name = 'SiteOriginError';
}

/** `value` as an origin (`https://nato.example.org`), or a SiteOriginError saying what is wrong and what to do. */
export function checkedSiteOrigin(value: string | undefined): string {
	const how =
		'Build for production with SITE_ORIGIN=https://<where the site is served> npm run build, ' +
		`or for the preview server with npm run build:local (${previewOrigin()}).`;
	if (!value?.trim())
		throw new SiteOriginError(
			`SITE_ORIGIN is not set: the build writes the site's address into its oEmbed answers, feed and link previews. ${how}`
		);
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new SiteOriginError(`SITE_ORIGIN "${value}" is not an address. ${how}`);
	}
	if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username)
		throw new SiteOriginError(
			`SITE_ORIGIN "${value}" must be an http(s) origin, with no path, query or fragment (e.g. https://nato.example.org). ${how}`
		);
	return url.origin;
}

/** A Vite plugin that stops `vite build` when SITE_ORIGIN is missing or not an origin; dev and tests are left alone. */
export function siteOrigin(): Plugin {
	return {
		name: 'site-origin',
		apply: 'build',
		config() {
			try {
				checkedSiteOrigin(process.env.SITE_ORIGIN);
			} catch (error) {
				// One readable message, without a stack trace that points into this plugin.
				if (error instanceof SiteOriginError) error.stack = `${error.name}: ${error.message}`;
				throw error;
			}
		}
	};
}
