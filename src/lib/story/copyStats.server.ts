/** Build-time figures about copy files (reading time) that must not ship the raw text to the browser. */
import type { Locale } from '$lib/i18n/locales';
import { readingMinutes } from './readingTime';

const sources = import.meta.glob<string>('/content/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

export function copyReadingMinutes(locale: Locale, name: string): number {
	const source = sources[`/content/${locale}/${name}.md`];
	if (source === undefined) throw new Error(`content/${locale}/${name}.md: the copy file is missing`);
	return readingMinutes(source);
}
