/** Build-time figures about copy files (reading time, sources cited) that must not ship the raw text to the browser. */
import type { Content } from '$lib/data/validate';
import type { Locale } from '$lib/i18n/locales';
import { ballotNumbersIn, factIdsIn, showsBallots, sourcesCitedIn, type CitationData } from './citations';
import { copyData, type CopyData } from './copyData';
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

/** The reading time of a page of copy, its quotes included: the original and, where it has one, our translation. */
export function copyReadingMinutes(content: Content, locale: Locale, name: string): number {
	const copy = copySource(locale, name);
	const used = factIdsIn(copy);
	const quotes = content.keyFacts.facts
		.filter((fact) => used.has(fact.id) && fact.kind === 'quote')
		.flatMap((fact) => (fact.kind === 'quote' ? [fact.text, fact.translations[locale] ?? ''] : []));
	return readingMinutes(copy, quotes);
}

export function copySourcesCited(locale: Locale, name: string, data: CitationData): Set<string> {
	return sourcesCitedIn(copySource(locale, name), data);
}

/**
 * The facts and sources that one page of copy uses, ready for its copy components, plus `extraSources`
 * that the page cites outside its copy (e.g. in a table).
 */
export function copyDataFor(
	content: Content,
	locale: Locale,
	name: string,
	extraSources: Iterable<string> = []
): CopyData {
	const copy = copySource(locale, name);
	const all = copyData(content);
	const cited = sourcesCitedIn(copy, {
		factSources: Object.fromEntries(Object.values(all.facts).map((fact) => [fact.id, fact.sources])),
		seatSources: all.assembly.sources,
		ballotSources: [all.ballotRecords!.source]
	});
	for (const id of extraSources) cited.add(id);
	return copyData(content, {
		facts: factIdsIn(copy),
		sources: cited,
		ballots: ballotNumbersIn(copy),
		showsBallots: showsBallots(copy)
	});
}

/** The copy data an island needs to cite `sources` (its <Cite> calls), and nothing of its page's copy. */
export function copyDataCiting(content: Content, sources: Iterable<string>): CopyData {
	return copyData(content, { facts: new Set(), sources: new Set(sources) });
}
