import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers (docs/architecture.md): layout is pure geometry and depends on no other layer of the site; charts
 * render layout output and take everything else as props, so they work in the story, in an embed and in
 * someone else's app. Each layer names the folders it may not import, by `$lib/…` or by a relative path that
 * climbs into them (`../data/…`, `../../lib/vote/…`). `dates/` (partial ISO dates) and `i18n/format.ts` sit
 * below both, so they get the same rules as their importers.
 */
const outsideFolder = (folder) => ({
	regex: `^(?:\\$lib|(?:\\.\\.?/)*\\.\\.(?:/src)?(?:/lib)?)/${folder}(?:/|$)`
});
const siteOnly = {
	message:
		'Layout and chart code must not depend on the site: the data layer, the site chrome, the vote simulator and the story pass values in as props.'
};
const portable = [
	{
		group: ['$app/*'],
		message: 'Layout and chart code must not depend on SvelteKit: pass values in as props.'
	},
	{
		group: ['$content/*', '**/content/*'],
		message: 'Layout and chart code must not read content/: data comes in as props.'
	}
];
const charts = [
	...portable,
	...['data', 'site', 'vote', 'story'].map((folder) => ({ ...outsideFolder(folder), ...siteOnly }))
];
const layout = [
	...charts,
	{
		...outsideFolder('charts'),
		message: 'Layout is pure geometry: charts import layout, never the other way round.'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			// The islands' build output (scripts/buildIslands.ts).
			'static/_app/islands/',
			'.svelte-kit/',
			'package/',
			'packages/*/dist/',
			'packages/*/.staging/',
			'packages/*/.svelte-kit/',
			'tests/package/app/',
			'reports/',
			'test-results/',
			'playwright-report/',
			// Personal scratch files, never committed.
			'.scratch/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Internal links go through localizedPath(), which adds the base path and the locale prefix.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/layout/**', 'src/lib/dates/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: layout }] }
	},
	{
		files: ['src/lib/charts/**', 'src/lib/i18n/format.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: charts }] }
	},
	{
		// Tests may check layouts and charts against the real content (through the data layer) and the vote
		// model; they are not packaged.
		files: ['src/lib/layout/**/*.test.ts', 'src/lib/charts/**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: portable }] }
	}
);
