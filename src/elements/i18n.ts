/**
 * The elements' locale, and their UI strings from the bundles each element imports
 * (`virtual:element-data/messages/<bundle>`, see elementData.server.ts): a one-chart script carries only its own.
 */
import bundledLocale from 'virtual:element-data/locale';
import { translator, type Messages, type Translate } from '$lib/i18n/translate';

export const locale = bundledLocale;

/** `t` over the given message bundles. */
export function translatorOf(...bundles: Record<string, string>[]): Translate {
	return translator(Object.assign({}, ...bundles) as Messages);
}
