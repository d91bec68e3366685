import { describe, expect, it } from 'vitest';
import { chartIds } from './chartIds';
import { content } from './content.server';
import { chartDataAsOf, latestDate, reportingTo, sourcesChecked } from './siteDates';

type ReportingInput = Parameters<typeof reportingTo>[0];

/** A minimal content with one date in each place reportingTo reads, and one to raise. */
function reporting(raise: Partial<Record<'event' | 'ballots' | 'positions' | 'arguments' | 'fact', string>>) {
	return {
		timeline: { events: [{ date: '2026-01-10' }, { date: '2025-12', endDate: raise.event ?? '2026-01' }] },
		assemblyBallots: { asOf: raise.ballots ?? '2026-01-05' },
		natoPositions: { asOf: raise.positions ?? '2026-01-05' },
		arguments: { asOf: raise.arguments ?? '2026-01-05' },
		keyFacts: {
			facts: [
				{ kind: 'number', value: 3 },
				{ kind: 'date', date: raise.fact ?? '2025' }
			]
		}
	} as unknown as ReportingInput;
}

describe('latestDate', () => {
	it('takes the latest of dates written to any precision', () => {
		expect(latestDate(['2026-01-27', '2026-02', '2025'])).toBe('2026-02');
		expect(latestDate(['2026-02', '2026-02-05'])).toBe('2026-02-05');
	});

	it('refuses an empty list', () => {
		expect(() => latestDate([])).toThrow();
	});
});

describe('reportingTo', () => {
	it('is the newest of the timeline, the ballots, the positions, the arguments and the key facts', () => {
		expect(reportingTo(reporting({}))).toBe('2026-01-10');
		expect(reportingTo(reporting({ event: '2026-03' }))).toBe('2026-03');
		expect(reportingTo(reporting({ ballots: '2026-10-08' }))).toBe('2026-10-08');
		expect(reportingTo(reporting({ positions: '2026-02-01' }))).toBe('2026-02-01');
		expect(reportingTo(reporting({ arguments: '2026-02-02' }))).toBe('2026-02-02');
		expect(reportingTo(reporting({ fact: '2026-04' }))).toBe('2026-04');
	});

	it('on the real content, is a date the site reports, no later than the sources were checked', () => {
		const date = reportingTo(content);
		const reported = [
			...content.timeline.events.flatMap((e) => [e.date, e.endDate]),
			content.assemblyBallots.asOf,
			content.natoPositions.asOf,
			content.arguments.asOf,
			...content.keyFacts.facts.map((f) => ('date' in f ? f.date : undefined))
		];
		expect(reported).toContain(date);
		expect(date <= sourcesChecked(content)).toBe(true);
	});
});

describe('sourcesChecked', () => {
	it('is the newest "checked" date of the sources', () => {
		const sources = [{ checked: '2026-11-29' }, { checked: '2026-12-07' }, { checked: '2026-01-02' }];
		expect(sourcesChecked({ sources: { sources } } as unknown as Parameters<typeof sourcesChecked>[0])).toBe(
			'2026-12-07'
		);
	});
});

describe('chartDataAsOf', () => {
	it('gives every chart a day, none later than what the site reports', () => {
		for (const chart of chartIds) {
			expect(chartDataAsOf(content, chart)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(chartDataAsOf(content, chart) <= reportingTo(content)).toBe(true);
		}
	});

	it('is the newest count for the seats and the newest record for the ballots', () => {
		expect(chartDataAsOf(content, 'seats')).toBe(content.assemblyCompositions.compositions.at(-1)!.date);
		expect(chartDataAsOf(content, 'ballots')).toBe(content.assemblyBallots.asOf);
	});
});
