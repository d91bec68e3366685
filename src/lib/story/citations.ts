/**
 * Which sources a page of copy cites: directly with <Cite ids="…" />, and through the facts it shows
 * with <Fact id="…" /> and <Quote id="…" /> and the seat counts it shows with <Seats />.
 */

export interface CitationData {
	/** Sources of each fact, by fact id. */
	factSources: Readonly<Record<string, readonly string[]>>;
	/** Sources of the seat counts that <Seats /> shows. */
	seatSources: readonly string[];
}

export function sourcesCitedIn(copy: string, data: CitationData): Set<string> {
	const cited = new Set<string>();
	for (const match of copy.matchAll(/<Cite\s+ids="([^"]*)"/g))
		for (const id of match[1]!.split(/\s+/).filter(Boolean)) cited.add(id);
	for (const match of copy.matchAll(/<(?:Fact|Quote)\s+id="([^"]+)"/g))
		for (const id of data.factSources[match[1]!] ?? []) cited.add(id);
	if (/<Seats[\s/>]/.test(copy)) for (const id of data.seatSources) cited.add(id);
	return cited;
}
