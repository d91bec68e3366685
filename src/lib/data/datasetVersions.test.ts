import { describe, expect, it } from 'vitest';
import {
	canonicalJson,
	datasetFingerprint,
	datasetVersionProblems,
	recordDatasetVersions,
	type DatasetState
} from './datasetVersions';
import type { DatasetVersionsFile, UpdateEntry } from './schemas';

const entry = (id: string, date: string, datasets: string[]): UpdateEntry => ({
	id,
	date,
	kind: 'update',
	pages: ['seats'],
	charts: [],
	datasets,
	what: { en: 'Changed.' }
});

const state = (key: string, value: unknown, asOf = '2026-01-01'): DatasetState => ({
	key,
	path: `content/data/${key}.json`,
	sha256: datasetFingerprint(value),
	asOf
});

describe('datasetFingerprint', () => {
	it('ignores formatting and key order, not values or array order', () => {
		const a = JSON.parse('{"b": [1, 2], "a": {"y": 1, "x": "é"}}') as unknown;
		const b = JSON.parse('{ "a": { "x": "é", "y": 1 },\n\t"b": [1,2] }') as unknown;
		expect(datasetFingerprint(a)).toBe(datasetFingerprint(b));
		expect(datasetFingerprint({ b: [2, 1], a: { y: 1, x: 'é' } })).not.toBe(datasetFingerprint(a));
		expect(datasetFingerprint({ b: [1, 2], a: { y: 1, x: 'e' } })).not.toBe(datasetFingerprint(a));
	});

	it('writes canonical JSON with sorted keys', () => {
		expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: 2 }] })).toBe(
			'{"a":[true,null,{"c":2,"d":"x"}],"b":1}'
		);
	});

	it('is a 64-digit hex SHA-256', () => {
		expect(datasetFingerprint({})).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('datasetVersionProblems', () => {
	const log = [entry('new-votes', '2026-03-01', ['votes']), entry('old-seats', '2026-02-01', ['seats'])];
	const versions = (datasets: DatasetVersionsFile['datasets']): DatasetVersionsFile => ({ datasets });
	const seats = state('seats', { n: 1 });
	const votes = state('votes', { v: 1 }, '2026-03-01');
	const recorded = versions({
		seats: { sha256: seats.sha256, entry: 'old-seats' },
		votes: { sha256: votes.sha256, entry: 'new-votes' }
	});

	it('finds nothing when every dataset matches a version its entry covers', () => {
		expect(datasetVersionProblems([seats, votes], recorded, log)).toEqual([]);
	});

	it('accepts a version as first published, with no entry', () => {
		const first = versions({ ...recorded.datasets, seats: { sha256: seats.sha256, entry: null } });
		expect(datasetVersionProblems([seats, votes], first, log)).toEqual([]);
	});

	it('names the file, its last entry and the fix when a dataset changed', () => {
		expect(datasetVersionProblems([state('seats', { n: 2 }), votes], recorded, log)).toEqual([
			'content/data/seats.json changed since its last logged version (entry "old-seats", 1 February 2026): add an entry to content/data/updates.json naming dataset "seats", then run `npm run data:versions`'
		]);
	});

	it('reports a dataset without a version and a version without a dataset', () => {
		const problems = datasetVersionProblems([seats], versions({ votes: recorded.datasets.votes! }), log);
		expect(problems).toEqual([
			expect.stringContaining('field "datasets.votes" names no dataset'),
			expect.stringContaining('content/data/seats.json has no recorded version')
		]);
	});

	it('reports an entry that is missing, names another dataset, or predates the data', () => {
		const check = (entryId: string, asOf = '2026-01-01') =>
			datasetVersionProblems(
				[state('seats', { n: 1 }, asOf)],
				versions({ seats: { sha256: seats.sha256, entry: entryId } }),
				log
			);
		expect(check('gone')).toEqual([expect.stringContaining('names "gone", not an entry')]);
		expect(check('new-votes')).toEqual([expect.stringContaining('whose "datasets" do not include "seats"')]);
		expect(check('old-seats', '2026-02-02')).toEqual([
			expect.stringContaining('dated 2026-02-01, before the "asOf" of content/data/seats.json (2026-02-02)')
		]);
	});
});

describe('recordDatasetVersions', () => {
	const seats = state('seats', { n: 1 });
	const seatsChanged = state('seats', { n: 2 }, '2026-02-01');
	const previous: DatasetVersionsFile = { datasets: { seats: { sha256: seats.sha256, entry: 'old-seats' } } };

	it('records a changed dataset under the newest entry naming it', () => {
		const log = [entry('new-seats', '2026-02-10', ['seats']), entry('old-seats', '2026-02-01', ['seats'])];
		const result = recordDatasetVersions([seatsChanged], previous, log, '2026-02-11');
		expect(result).toEqual({
			ok: true,
			file: { datasets: { seats: { sha256: seatsChanged.sha256, entry: 'new-seats' } } },
			recorded: [{ key: 'seats', entry: 'new-seats' }]
		});
	});

	it('keeps an unchanged dataset as recorded, even when a newer entry names it', () => {
		const log = [entry('new-seats', '2026-02-10', ['seats'])];
		const result = recordDatasetVersions([seats], previous, log, '2026-02-11');
		expect(result).toMatchObject({ ok: true, file: previous, recorded: [] });
	});

	it('refuses a change no entry names', () => {
		const result = recordDatasetVersions([seatsChanged], previous, [], '2026-02-11');
		expect(result).toEqual({
			ok: false,
			problems: [expect.stringContaining('content/data/seats.json changed, and no entry')]
		});
	});

	it('refuses a change whose newest entry already covers an earlier version from an earlier day', () => {
		const log = [entry('old-seats', '2026-02-01', ['seats'])];
		const result = recordDatasetVersions([seatsChanged], previous, log, '2026-02-11');
		expect(result).toEqual({
			ok: false,
			problems: [expect.stringContaining('changed since entry "old-seats" (1 February 2026) logged it')]
		});
	});

	it('lets a same-day follow-up change stay under the entry of that day', () => {
		const log = [entry('old-seats', '2026-02-01', ['seats'])];
		expect(recordDatasetVersions([seatsChanged], previous, log, '2026-02-01').ok).toBe(true);
	});

	it('refuses an entry dated before the data it would cover', () => {
		const log = [entry('new-seats', '2026-01-20', ['seats'])];
		const result = recordDatasetVersions([seatsChanged], previous, log, '2026-02-11');
		expect(result).toEqual({ ok: false, problems: [expect.stringContaining('before the file\'s "asOf"')] });
	});

	it('with no versions yet, records the datasets no entry names as first published', () => {
		const log = [entry('new-seats', '2026-02-10', ['seats'])];
		const result = recordDatasetVersions([seatsChanged, state('votes', [])], null, log, '2026-02-11', 'n');
		expect(result).toMatchObject({
			ok: true,
			file: { note: 'n', datasets: { seats: { entry: 'new-seats' }, votes: { entry: null } } }
		});
	});
});
