/**
 * The site's dates, each with one meaning, used the same way everywhere:
 * - reporting to: the newest dated event or record the site reports (the story's byline, the footer);
 * - sources checked: when we last compared our text with our sources (the footer, the sources page);
 * - data as of: the date of the data a chart shows (under each chart, in its embed, element and image).
 * A page's "Updated" date is a fourth thing, the newest entry of the log of changes (updateLog.ts).
 */
import { latestComposition } from './assemblyRecords.ts';
import type { ChartId } from './chartIds.ts';
import type { Content } from './validate.ts';

/** The latest of partial ISO dates (`2026`, `2026-02`, `2026-02-05`); of one period and a day in it, the day. */
export function latestDate(dates: readonly string[]): string {
	const latest = dates.toSorted().at(-1);
	if (latest === undefined) throw new Error('latestDate: no dates');
	return latest;
}

/**
 * The newest date the site reports: the timeline's newest event (or its end), the Assembly's newest recorded
 * ballot, the party positions' and the arguments' "asOf" dates (their newest dated statement), and the key
 * facts' dates.
 */
export function reportingTo(
	content: Pick<Content, 'timeline' | 'assemblyBallots' | 'natoPositions' | 'arguments' | 'keyFacts'>
): string {
	const { timeline, assemblyBallots, natoPositions, arguments: debate, keyFacts } = content;
	return latestDate([
		...timeline.events.map((event) => event.endDate ?? event.date),
		assemblyBallots.asOf,
		natoPositions.asOf,
		debate.asOf,
		...keyFacts.facts.flatMap((fact) => ('date' in fact ? [fact.date] : []))
	]);
}

/** When we last compared our text with our sources: the newest "checked" date in sources.json. */
export function sourcesChecked(content: Pick<Content, 'sources'>): string {
	return latestDate(content.sources.sources.map((source) => source.checked));
}

/** The date of the data a chart shows: its newest composition, ballot record or dataset "asOf". */
export function chartDataAsOf(content: Content, chart: ChartId): string {
	switch (chart) {
		case 'seats':
			return latestComposition(content).date;
		case 'ballots':
			return content.assemblyBallots.asOf;
		case 'timeline':
			return content.timeline.asOf;
		case 'positions':
			return content.natoPositions.asOf;
		case 'arguments':
			return content.arguments.asOf;
	}
}
