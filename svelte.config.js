import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	vitePlugin: {
		// Our components use runes; mdsvex output is legacy-mode Svelte, so runes are forced for .svelte files only.
		dynamicCompileOptions: ({ filename }) =>
			filename.endsWith('.svelte') && !filename.includes('node_modules') ? { runes: true } : undefined
	},
	kit: {
		// Every route is prerendered: the output in build/ is plain static files any CDN can serve.
		adapter: adapter({ strict: true }),
		alias: { $content: 'content' },
		// Root-relative asset addresses (/_app/…), not relative to the page: the 404 page is served at any
		// address, and its styles must load from there too.
		paths: { relative: false },
		// Every page's CSS is written into its <head>: no stylesheet to wait for before the first paint, which on a
		// phone's network was a round trip per stylesheet (up to 15 on a chart page).
		inlineStyleThreshold: Infinity,
		typescript: {
			// Type-check the test, budget and report scripts too, not only src/.
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../tests/**/*.ts', '../playwright.config.ts');
				// The component package's test app is checked on its own, against the packed library.
				tsconfig.exclude.push('../tests/package/app/**');
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The site's public origin, for the few absolute addresses a page must carry (oEmbed, feed, link
			// previews). `vite build` stops without SITE_ORIGIN (scripts/siteOrigin.ts); the default serves dev.
			origin: process.env.SITE_ORIGIN ?? `http://127.0.0.1:${process.env.TEST_PORT ?? 4173}`
		}
	}
};

export default config;
