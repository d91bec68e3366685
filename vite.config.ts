import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { d3Browser } from './scripts/d3Browser.ts';
import { inlineScript } from './scripts/inlineScript.ts';
import { siteOrigin } from './scripts/siteOrigin.ts';
import { contentValidation } from './src/lib/data/contentValidationPlugin.ts';

export default defineConfig({
	// d3Browser: in the browser build, d3-scale without d3's generic interpolator and d3-format, which our charts
	// never use, and only the d3-time intervals they use (scripts/d3Browser.ts).
	// inlineScript: `?inline-script` imports, the pages' inline engines bundled and minified (scripts/inlineScript.ts).
	plugins: [siteOrigin(), contentValidation(), d3Browser(), inlineScript(), sveltekit()],
	// Reports, screenshots and the build are outputs, not sources: editing them must not reload the dev page.
	server: { watch: { ignored: ['**/reports/**', '**/build/**', '**/test-results/**'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		// A time limit is there to catch a test that hangs, not one that is slow: on a busy 2-core machine
		// rasterising a chart to PNG or building a fixture takes many times its usual second.
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
