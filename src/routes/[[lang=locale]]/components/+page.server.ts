import { messagesFor } from '$lib/data/content.server';
import { packageInfo } from '$lib/docs/componentDocs.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => ({
	pageMessages: messagesFor((await parent()).locale, ['components']),
	packageInfo
});
