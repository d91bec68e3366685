/** The elements' UI strings and locale, from the data bundled at build time. */
import bundledLocale from 'virtual:element-data/locale';
import messages from 'virtual:element-data/messages';
import { translator, type Messages } from '$lib/i18n/translate';

export const t = translator(messages as Messages);
export const locale = bundledLocale;
