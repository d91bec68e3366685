/**
 * `$app/paths` for the islands' own build (scripts/buildIslands.ts), which runs outside SvelteKit: the site is
 * served from the root of its origin (svelte.config.js sets no base path), so both are empty.
 */
export const base = '';
export const assets = '';
