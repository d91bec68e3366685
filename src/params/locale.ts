import type { ParamMatcher } from '@sveltejs/kit';
import { defaultLocale, isLocale } from '$lib/i18n/locales';

/** Matches a locale prefix other than the default (which is served without one). */
export const match: ParamMatcher = (param) => param !== defaultLocale && isLocale(param);
