/**
 * Which sources a page of copy cites: directly with <Cite ids="…" />, and through the facts it shows
 * with <Fact id="…" /> and <Quote id="…" /> and the seat counts it shows with <Seats />.
 */

export interface CitationData {
	/** Sources of each fact, by fact id. */
	factSources: Readonly<Record<string, readonly string[]>>;
	/** Sources of the seat counts that <Seats /> shows. */
	seatSources: readonly string[];
	/** Sources of the ballot figures that <Ballot /> shows. */
	ballotSources?: readonly string[];
}

export function sourcesCitedIn(copy: string, data: CitationData): Set<string> {
	const cited = new Set<string>();
	for (const match of copy.matchAll(/<Cite\s+ids="([^"]*)"/g))
		for (const id of match[1]!.split(/\s+/).filter(Boolean)) cited.add(id);
	for (const fact of factIdsIn(copy)) for (const id of data.factSources[fact] ?? []) cited.add(id);
	if (showsSeats(copy)) for (const id of data.seatSources) cited.add(id);
	if (showsBallots(copy)) for (const id of data.ballotSources ?? []) cited.add(id);
	return cited;
}

/** Whether a page of copy shows figures from the Assembly's recorded ballots with <Ballot />. */
export function showsBallots(copy: string): boolean {
	return /<Ballot[\s/>]/.test(copy);
}

/** The numbers of the recorded ballots a page of copy shows with <Ballot n="…" />. */
export function ballotNumbersIn(copy: string): Set<number> {
	return new Set([...copy.matchAll(/<Ballot\s+n="(\d+)"/g)].map((match) => Number(match[1])));
}

/** The ids of the facts a page of copy shows with <Fact id="…" /> or <Quote id="…" />. */
export function factIdsIn(copy: string): Set<string> {
	return new Set([...copy.matchAll(/<(?:Fact|Quote)\s+id="([^"]+)"/g)].map((match) => match[1]!));
}

/** Whether a page of copy shows seat counts with <Seats />. */
export function showsSeats(copy: string): boolean {
	return /<Seats[\s/>]/.test(copy);
}
