import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentValidation } from './src/lib/data/contentValidationPlugin.ts';

export default defineConfig({
	plugins: [contentValidation(), sveltekit()],
	// Reports, screenshots and the build are outputs, not sources: editing them must not reload the dev page.
	server: { watch: { ignored: ['**/reports/**', '**/build/**', '**/test-results/**'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node'
	}
});
