import { messagesFor } from '$lib/data/content.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	// The list of the site's pages names the log of changes too.
	return { pageMessages: messagesFor(locale, ['updates']) };
};
