import adapter from '@sveltejs/adapter-static';

/** A minimal SvelteKit app, as a developer would start one, that uses the packaged charts. */
export default {
	kit: { adapter: adapter({ strict: true }), prerender: { handleHttpError: 'fail' } }
};
