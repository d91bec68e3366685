import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Layout math and charts must work anywhere: no SvelteKit runtime, no content files. */
const portable = {
	patterns: [
		{
			group: ['$app/*'],
			message: 'Layout and chart code must not depend on SvelteKit: pass values in as props.'
		},
		{
			group: ['$content/*', '**/content/*'],
			message: 'Layout and chart code must not read content/: data comes in as props.'
		}
	]
};

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
		files: ['src/lib/layout/**', 'src/lib/charts/**'],
		rules: { 'no-restricted-imports': ['error', portable] }
	}
);
