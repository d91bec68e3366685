/**
 * The public log of changes, content/data/updates.json: its rules beyond the schema, and which entry is the
 * newest for a page or a chart. Pure: "today" comes in from the caller, so that the build, the dev server and
 * the tests agree on what it is.
 */
import { chartIds } from './chartIds.ts';
import { pageIds } from './pageIds.ts';
import type { UpdateEntry, UpdatesFile } from './schemas.ts';

/** What the log's entries may name: page ids, chart ids and dataset keys. */
export interface LogTargets {
	pages: readonly string[];
	charts: readonly string[];
	datasets: readonly string[];
}

export const defaultLogTargets = (datasets: readonly string[]): LogTargets => ({
	pages: pageIds,
	charts: chartIds,
	datasets
});

const where = { pages: 'src/lib/data/pageIds.ts', charts: 'src/lib/data/chartIds.ts' } as const;

/**
 * Throws (with `fail(index, field, problem)`) unless: ids are unique; no entry is dated after `today`
 * (YYYY-MM-DD); entries run newest first; every page, chart and dataset named exists, once; each entry
 * names at least one page or chart; a correction says why.
 */
export function checkUpdateLog(
	log: UpdatesFile,
	today: string,
	targets: LogTargets,
	fail: (index: number, field: string, problem: string) => never
): void {
	const seen = new Map<string, number>();
	log.entries.forEach((entry, i) => {
		const first = seen.get(entry.id);
		if (first !== undefined) fail(i, 'id', `repeats the id of entries[${first}]`);
		seen.set(entry.id, i);
		if (entry.date > today) fail(i, 'date', `is in the future (today is ${today})`);
		const previous = log.entries[i - 1];
		if (previous && entry.date > previous.date)
			fail(
				i,
				'date',
				`is later than that of entries[${i - 1}] (${previous.date}): list entries newest first`
			);
		for (const kind of ['pages', 'charts', 'datasets'] as const) {
			const known = new Set(targets[kind]);
			const named = new Set<string>();
			entry[kind].forEach((name, j) => {
				if (!known.has(name))
					fail(
						i,
						`${kind}.${j}`,
						`names "${name}", not one of ${kind === 'datasets' ? 'the datasets of datasetFiles in src/lib/data/validate.ts' : `the ids in ${where[kind]}`} (${[...known].join(', ')})`
					);
				if (named.has(name)) fail(i, `${kind}.${j}`, `repeats "${name}"`);
				named.add(name);
			});
		}
		if (entry.pages.length + entry.charts.length === 0)
			fail(i, 'pages', 'is empty, and so is "charts": name what the change affects');
		if (entry.kind === 'correction' && entry.why === undefined)
			fail(i, 'why', 'is missing: a correction must say why');
	});
}

/** Which pages or charts to look for. */
export type LogTarget = { page: string } | { chart: string };

/**
 * The newest entry that affects a page or a chart, or undefined when none does. Entries are newest first;
 * of two on the same day, the one listed first counts as the newer.
 */
export function latestUpdate(entries: readonly UpdateEntry[], target: LogTarget): UpdateEntry | undefined {
	let newest: UpdateEntry | undefined;
	for (const entry of entries) {
		const affected =
			'page' in target ? entry.pages.includes(target.page) : entry.charts.includes(target.chart);
		if (affected && (newest === undefined || entry.date > newest.date)) newest = entry;
	}
	return newest;
}

/** The newest entry naming a dataset, as for a page or chart. */
export function latestDatasetUpdate(
	entries: readonly UpdateEntry[],
	dataset: string
): UpdateEntry | undefined {
	let newest: UpdateEntry | undefined;
	for (const entry of entries)
		if (entry.datasets.includes(dataset) && (newest === undefined || entry.date > newest.date))
			newest = entry;
	return newest;
}

/** What a page or embed needs to say "Updated <date>" and link to the entry: no text, so no copy is shipped. */
export interface UpdatedRef {
	id: string;
	date: string;
	kind: UpdateEntry['kind'];
}

export const updatedRef = (entry: UpdateEntry | undefined): UpdatedRef | null =>
	entry ? { id: entry.id, date: entry.date, kind: entry.kind } : null;
