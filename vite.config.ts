import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentValidation } from './src/lib/data/contentValidationPlugin.ts';

export default defineConfig({
	plugins: [contentValidation(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node'
	}
});
