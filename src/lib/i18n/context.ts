/** The locale and its UI strings, set once by the root layout for the site's own components. */
import { getContext, setContext } from 'svelte';
import type { Locale } from './locales';
import { translator, type Messages, type Translate } from './translate';

export interface I18n {
	locale: Locale;
	t: Translate;
}

const key = Symbol('i18n');

export function setI18n(locale: Locale, messages: Messages): I18n {
	return setContext(key, { locale, t: translator(messages) });
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(key);
	if (!i18n) throw new Error('getI18n() called outside the root layout');
	return i18n;
}
