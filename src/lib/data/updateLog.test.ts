import { describe, expect, it } from 'vitest';
import type { UpdateEntry, UpdatesFile } from './schemas';
import { checkUpdateLog, latestDatasetUpdate, latestUpdate, updatedRef, type LogTargets } from './updateLog';

const entry = (id: string, date: string, more: Partial<UpdateEntry> = {}): UpdateEntry => ({
	id,
	date,
	kind: 'update',
	pages: ['seats'],
	charts: [],
	datasets: [],
	what: { en: 'Something changed.' },
	...more
});

const targets: LogTargets = {
	pages: ['story', 'seats'],
	charts: ['seats', 'ballots'],
	datasets: ['timeline']
};

/** The first problem checkUpdateLog reports, as "entries[i].field: problem", or null. */
function problem(entries: UpdateEntry[], today = '2026-12-07'): string | null {
	try {
		checkUpdateLog({ entries } satisfies UpdatesFile, today, targets, (i, field, text) => {
			throw new Error(`entries[${i}].${field}: ${text}`);
		});
		return null;
	} catch (error) {
		return (error as Error).message;
	}
}

describe('checkUpdateLog', () => {
	it('accepts a log listed newest first, entries of one day in any order', () => {
		expect(
			problem([entry('b', '2026-12-07'), entry('a', '2026-12-07'), entry('c', '2026-01-02')])
		).toBeNull();
	});

	it.each([
		[
			'a repeated id',
			[entry('a', '2026-12-07'), entry('a', '2026-12-01')],
			'entries[1].id: repeats the id of entries[0]'
		],
		[
			'a date after today',
			[entry('a', '2026-12-08')],
			'entries[0].date: is in the future (today is 2026-12-07)'
		],
		[
			'entries oldest first',
			[entry('a', '2026-01-01'), entry('b', '2026-02-01')],
			'entries[1].date: is later than'
		],
		[
			'an unknown page',
			[entry('a', '2026-01-01', { pages: ['votes'] })],
			'entries[0].pages.0: names "votes"'
		],
		['an unknown chart', [entry('a', '2026-01-01', { charts: ['map'] })], 'entries[0].charts.0: names "map"'],
		[
			'an unknown dataset',
			[entry('a', '2026-01-01', { datasets: ['polls'] })],
			'entries[0].datasets.0: names "polls"'
		],
		[
			'a page named twice',
			[entry('a', '2026-01-01', { pages: ['seats', 'seats'] })],
			'entries[0].pages.1: repeats "seats"'
		],
		['nothing affected', [entry('a', '2026-01-01', { pages: [] })], 'entries[0].pages: is empty'],
		[
			'a correction without why',
			[entry('a', '2026-01-01', { kind: 'correction' })],
			'entries[0].why: is missing'
		]
	])('rejects %s', (_, entries, expected) => {
		expect(problem(entries)).toContain(expected);
	});

	it('accepts an update without why', () => {
		expect(problem([entry('a', '2026-01-01')])).toBeNull();
	});
});

describe('latestUpdate', () => {
	const log = [
		entry('newest-story', '2026-12-07', { pages: ['story'] }),
		entry('seats-first', '2026-11-01', { pages: ['seats'], charts: ['seats'] }),
		entry('seats-second', '2026-11-01', { pages: ['seats'], charts: [] }),
		entry('old-ballots', '2026-02-01', { pages: ['seats'], charts: ['ballots'], datasets: ['timeline'] })
	];

	it('gives the newest entry naming the page', () => {
		expect(latestUpdate(log, { page: 'story' })?.id).toBe('newest-story');
		expect(latestUpdate(log, { page: 'seats' })?.id).toBe('seats-first');
	});

	it('gives the newest entry naming the chart, not one that names only its page', () => {
		expect(latestUpdate(log, { chart: 'seats' })?.id).toBe('seats-first');
		expect(latestUpdate(log, { chart: 'ballots' })?.id).toBe('old-ballots');
	});

	it('gives nothing for a page or chart no entry names', () => {
		expect(latestUpdate(log, { page: 'sources' })).toBeUndefined();
		expect(latestUpdate([], { chart: 'seats' })).toBeUndefined();
	});

	it('of two entries on one day, takes the one listed first, whatever the order of the others', () => {
		expect(latestUpdate(log.toReversed(), { page: 'seats' })?.id).toBe('seats-second');
		expect(latestUpdate([log[3]!, log[1]!], { page: 'seats' })?.id).toBe('seats-first');
	});

	it('finds the newest entry naming a dataset', () => {
		expect(latestDatasetUpdate(log, 'timeline')?.id).toBe('old-ballots');
		expect(latestDatasetUpdate(log, 'ches')).toBeUndefined();
	});

	it('reduces an entry to what a page needs to link to it', () => {
		expect(updatedRef(log[0])).toEqual({ id: 'newest-story', date: '2026-12-07', kind: 'update' });
		expect(updatedRef(undefined)).toBeNull();
	});
});
