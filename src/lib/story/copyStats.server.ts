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

export function copyReadingMinutes(locale: Locale, name: string): number {
	return readingMinutes(copySource(locale, name));
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
