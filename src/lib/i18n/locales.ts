import { base } from '$app/paths';

/** The site's locales. English is served at `/`; every other locale under `/<locale>/`. */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
	return (locales as readonly string[]).includes(value);
}

/** The URL of the site path `path` (which starts with `/`) in `locale`, under the site's base path. */
export function localizedPath(locale: Locale, path: string): string {
	return base + (locale === defaultLocale ? path : `/${locale}${path}`);
}
