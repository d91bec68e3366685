import { content, messagesFor } from '$lib/data/content.server';
import type { Locale } from '$lib/i18n/locales';
import { translator, type Messages } from '$lib/i18n/translate';
import { updateViewPrefixes, updateViews } from '$lib/updates/updateViews.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const t = translator(messagesFor(locale, updateViewPrefixes) as Messages);
	return {
		pageMessages: messagesFor(locale, ['updates']),
		entries: updateViews(content, locale as Locale, t)
	};
};
