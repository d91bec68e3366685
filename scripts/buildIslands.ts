/**
 * The islands: the interactive parts of the chart pages, each hydrated by its own small entry in src/islands/
 * over the markup the page prerendered (see src/lib/islands/Island.svelte). `npm run build` runs this before the
 * site's build: Vite bundles every entry as an ES module, sharing chunks between them (the Svelte runtime), into
 * static/_app/islands/ (a build output, ignored by git), where SvelteKit's prerender finds the files the pages
 * link to and copies them into build/; its manifest names each entry's hashed file. Prints each file's size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { d3Browser } from './d3Browser';

// Svelte's production runtime, without its development checks and messages.
process.env.NODE_ENV = 'production';

export const islandsDir = 'static/_app/islands';
const entries = Object.fromEntries(
	readdirSync('src/islands')
		.filter((name) => name.endsWith('.ts'))
		.map((name) => [basename(name, '.ts'), `src/islands/${name}`])
);

const started = performance.now();
await build({
	configFile: false,
	mode: 'production',
	logLevel: 'warn',
	base: '/_app/islands/',
	plugins: [
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			// The page's CSS already holds its islands' styles (the page imports each island's root); a part loaded
			// later (the embed builder) brings its own, which Vite's preload helper adds when it loads.
			compilerOptions: { runes: true, css: 'external', dev: false }
		}),
		// d3 as the browser builds bundle it: d3-scale without d3's generic interpolator and d3-format, which our
		// charts never use, and only the d3-time intervals they use (scripts/d3Browser.ts).
		d3Browser()
	],
	resolve: {
		alias: {
			$lib: resolve('src/lib'),
			$content: resolve('content'),
			'$app/paths': resolve('src/lib/islands/appPaths.ts')
		}
	},
	build: {
		outDir: islandsDir,
		emptyOutDir: true,
		target: 'es2022',
		manifest: true,
		cssCodeSplit: true,
		rollupOptions: {
			input: entries,
			output: { entryFileNames: '[name].[hash].js', chunkFileNames: '[name].[hash].js' }
		}
	}
});
for (const file of readdirSync(islandsDir).filter((name) => name.endsWith('.js'))) {
	const bytes = readFileSync(`${islandsDir}/${file}`);
	console.log(
		`${islandsDir}/${file}: ${(bytes.length / 1024).toFixed(1)} KiB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB gzipped`
	);
}
console.log(`Islands built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
