import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** svelte-package's config for the component library: strip TypeScript from the components' scripts. */
export default { preprocess: vitePreprocess({ script: true }) };
