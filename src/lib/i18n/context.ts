/** The locale and its UI strings, set once by the root layout for the site's own components. */
import { getContext, setContext } from 'svelte';
import type { Locale } from './locales';
import { translator, type Messages, type Translate } from './translate';

export interface I18n {
	locale: Locale;
	t: Translate;
}

const key = Symbol('i18n');

/**
 * Sets the locale and its strings for the components below. `messages` may be a function, read at each
 * lookup: the root layout's strings plus those the current page loaded.
 */
export function setI18n(locale: Locale, messages: Messages | (() => Messages)): I18n {
	const read = typeof messages === 'function' ? messages : () => messages;
	return setContext(key, { locale, t: (k, params) => translator(read())(k, params) });
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(key);
	if (!i18n) throw new Error('getI18n() called outside the root layout');
	return i18n;
}
