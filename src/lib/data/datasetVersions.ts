/**
 * Figures cannot change silently. content/data/dataset-versions.json records, for each dataset, a fingerprint
 * of its parsed JSON and the entry of the log of changes (updates.json) that covers that version. The build
 * fails when a dataset no longer matches its fingerprint; `npm run data:versions` records new fingerprints, and
 * only for a change a new entry logs. Pure: files come in parsed, "today" from the caller.
 */
import { createHash } from 'node:crypto';
import { formatDate } from '../i18n/format.ts';
import type { DatasetVersion, DatasetVersionsFile, UpdateEntry } from './schemas.ts';
import { latestDatasetUpdate } from './updateLog.ts';

export const versionsFile = 'content/data/dataset-versions.json';
export const updatesFile = 'content/data/updates.json';
const command = '`npm run data:versions`';

/** JSON with every object's keys sorted, so that two files with the same data read the same. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/** The SHA-256, in hex, of a dataset's parsed JSON: formatting and key order do not change it. */
export function datasetFingerprint(value: unknown): string {
	return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** A dataset as the check sees it: its key, file path, fingerprint now and "asOf" date. */
export interface DatasetState {
	key: string;
	path: string;
	sha256: string;
	asOf: string;
}

const logged = (entry: UpdateEntry | undefined, id: string | null) =>
	id === null ? 'as first published' : `entry "${id}"${entry ? `, ${formatDate(entry.date, 'en')}` : ''}`;

/**
 * The problems with the recorded versions, each naming the file: a dataset that changed since its recorded
 * version, one with no recorded version, a record naming no dataset or no entry, and an entry that does not
 * name its dataset or is dated before the dataset's "asOf". Empty when all is well.
 */
export function datasetVersionProblems(
	datasets: readonly DatasetState[],
	versions: DatasetVersionsFile,
	entries: readonly UpdateEntry[]
): string[] {
	const problems: string[] = [];
	const keys = new Set(datasets.map((d) => d.key));
	for (const key of Object.keys(versions.datasets))
		if (!keys.has(key))
			problems.push(`${versionsFile}: field "datasets.${key}" names no dataset (${[...keys].join(', ')})`);
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	for (const dataset of datasets) {
		const recorded = versions.datasets[dataset.key];
		const fix = `add an entry to ${updatesFile} naming dataset "${dataset.key}", then run ${command}`;
		if (!recorded) {
			problems.push(`${dataset.path} has no recorded version in ${versionsFile}: ${fix}`);
			continue;
		}
		const entry = recorded.entry === null ? undefined : byId.get(recorded.entry);
		if (recorded.sha256 !== dataset.sha256) {
			problems.push(
				`${dataset.path} changed since its last logged version (${logged(entry, recorded.entry)}): ${fix}`
			);
			continue;
		}
		if (recorded.entry === null) continue;
		const field = `${versionsFile}: field "datasets.${dataset.key}.entry"`;
		if (!entry) problems.push(`${field} names "${recorded.entry}", not an entry of ${updatesFile}`);
		else if (!entry.datasets.includes(dataset.key))
			problems.push(
				`${field} names entry "${entry.id}", whose "datasets" do not include "${dataset.key}": ${fix}`
			);
		else if (entry.date < dataset.asOf)
			problems.push(
				`${field} names entry "${entry.id}", dated ${entry.date}, before the "asOf" of ${dataset.path} (${dataset.asOf}): date the entry on or after it`
			);
	}
	return problems;
}

export type RecordResult =
	| { ok: true; file: DatasetVersionsFile; recorded: { key: string; entry: string | null }[] }
	| { ok: false; problems: string[] };

/**
 * The versions file with each changed dataset's new fingerprint, covered by the newest entry naming it.
 * Refuses a change no entry names; a change whose newest entry is the one already recorded, unless that entry
 * is dated today (a same-day follow-up); and an entry dated before the dataset's "asOf". With no versions file
 * yet (`previous` null), a dataset that no entry names is recorded as first published (entry null).
 */
export function recordDatasetVersions(
	datasets: readonly DatasetState[],
	previous: DatasetVersionsFile | null,
	entries: readonly UpdateEntry[],
	today: string,
	note?: string
): RecordResult {
	const problems: string[] = [];
	const recorded: { key: string; entry: string | null }[] = [];
	const next: Record<string, DatasetVersion> = {};
	for (const dataset of datasets) {
		const before = previous?.datasets[dataset.key];
		if (before && before.sha256 === dataset.sha256) {
			next[dataset.key] = before;
			continue;
		}
		const entry = latestDatasetUpdate(entries, dataset.key);
		const name = `dataset "${dataset.key}"`;
		if (!entry) {
			if (previous === null) {
				next[dataset.key] = { sha256: dataset.sha256, entry: null };
				recorded.push({ key: dataset.key, entry: null });
			} else
				problems.push(
					`${dataset.path} changed, and no entry of ${updatesFile} names ${name}: add one saying what changed and why`
				);
			continue;
		}
		if (before && before.entry === entry.id && entry.date < today) {
			problems.push(
				`${dataset.path} changed since entry "${entry.id}" (${formatDate(entry.date, 'en')}) logged it: add a new entry to ${updatesFile} naming ${name}`
			);
			continue;
		}
		if (entry.date < dataset.asOf) {
			problems.push(
				`${dataset.path}: the newest entry naming ${name}, "${entry.id}", is dated ${entry.date}, before the file's "asOf" (${dataset.asOf}): date it on or after`
			);
			continue;
		}
		next[dataset.key] = { sha256: dataset.sha256, entry: entry.id };
		recorded.push({ key: dataset.key, entry: entry.id });
	}
	if (problems.length) return { ok: false, problems };
	const file: DatasetVersionsFile = {
		...((note ?? previous?.note) ? { note: note ?? previous!.note } : {}),
		datasets: next
	};
	return { ok: true, file, recorded };
}
