/** Build-time figures about copy files (reading time, sources cited) that must not ship the raw text to the browser. */
import type { Locale } from '$lib/i18n/locales';
import { sourcesCitedIn, type CitationData } from './citations';
import { readingMinutes } from './readingTime';

const sources = import.meta.glob<string>('/content/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

function copySource(locale: Locale, name: string): string {
	const source = sources[`/content/${locale}/${name}.md`];
	if (source === undefined) throw new Error(`content/${locale}/${name}.md: the copy file is missing`);
	return source;
}

export function copyReadingMinutes(locale: Locale, name: string): number {
	return readingMinutes(copySource(locale, name));
}

export function copySourcesCited(locale: Locale, name: string, data: CitationData): Set<string> {
	return sourcesCitedIn(copySource(locale, name), data);
}
