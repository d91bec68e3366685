import type { Handle } from '@sveltejs/kit';
import { defaultLocale } from '$lib/i18n/locales';

/** Sets `<html lang>` to the page's locale. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.params.lang ?? defaultLocale)
	});
