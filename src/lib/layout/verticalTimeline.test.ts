import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsed, verticalTimeline, type VerticalEra } from './verticalTimeline';

const eras: VerticalEra[] = [
	{ id: 'past', start: '1949', end: '2024', pxPerDay: 0.01 },
	{ id: 'now', start: '2025', end: '2026-10', pxPerDay: 0.5 }
];

describe('verticalTimeline', () => {
	it('groups events by era in date order, spaced by time, and breaks gaps too long to draw', () => {
		const sections = verticalTimeline(
			[
				{ id: 'greenland', lane: 'us', date: '2026-01-06' },
				{ id: 'treaty', lane: 'france', date: '1949-04-04' },
				{ id: 'vance', lane: 'us', date: '2025-02-14' },
				{ id: 'maduro', lane: 'us', date: '2026-01-03' },
				{ id: 'return', lane: 'france', date: '2009-03' }
			],
			{ eras, maxGap: 40 }
		);
		expect(sections.map((s) => [s.id, s.rows.map((r) => r.id)])).toEqual([
			['past', ['treaty', 'return']],
			['now', ['vance', 'maduro', 'greenland']]
		]);
		const [vance, maduro, greenland] = sections[1]!.rows;
		expect(vance).toMatchObject({ space: 0, brokenDays: null, newYear: 2025 });
		// 323 days at 0.5 px a day is 161.5 px: drawn as 40, a break of 323 days.
		expect(maduro).toMatchObject({ space: 40, brokenDays: 323, newYear: 2026 });
		expect(greenland).toMatchObject({ space: 1.5, brokenDays: null, newYear: null });
		expect(sections[0]!.rows[1]).toMatchObject({ space: 40, brokenDays: 21_881, newYear: 2009 });
	});

	it('rejects an event outside every era, eras that gap, and bad options', () => {
		expect(() => verticalTimeline([{ id: 'x', lane: 'us', date: '1900' }], { eras, maxGap: 40 })).toThrow(
			/"x"/
		);
		expect(() =>
			verticalTimeline([], { eras: [eras[0]!, { ...eras[1]!, start: '2026' }], maxGap: 40 })
		).toThrow(/gap or overlap/);
		expect(() => verticalTimeline([], { eras, maxGap: 0 })).toThrow(/maxGap/);
	});

	it('keeps every event once, spaces within [0, maxGap], and is deterministic', () => {
		const date = fc
			.tuple(
				fc.integer({ min: 1949, max: 2026 }),
				fc.integer({ min: 1, max: 9 }),
				fc.integer({ min: 1, max: 28 })
			)
			.map(([y, m, d]) => `${y}-0${m}-${String(d).padStart(2, '0')}`);
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1 }), lane: fc.constant('us'), date }), {
					selector: (e) => e.id,
					maxLength: 30
				}),
				(events) => {
					const sections = verticalTimeline(events, { eras, maxGap: 40 });
					const rows = sections.flatMap((s) => s.rows);
					expect(rows.map((r) => r.id).toSorted()).toEqual(events.map((e) => e.id).toSorted());
					for (const row of rows) expect(row.space >= 0 && row.space <= 40).toBe(true);
					for (const s of sections)
						expect(s.rows.map((r) => r.start)).toEqual(s.rows.map((r) => r.start).toSorted((a, b) => a - b));
					expect(verticalTimeline([...events].reverse(), { eras, maxGap: 40 })).toEqual(sections);
				}
			)
		);
	});
});

describe('elapsed', () => {
	it('names a length of time in its largest whole unit', () => {
		expect(elapsed(7671)).toEqual({ unit: 'year', count: 21 });
		expect(elapsed(365)).toEqual({ unit: 'year', count: 1 });
		expect(elapsed(130)).toEqual({ unit: 'month', count: 4 });
		expect(elapsed(15)).toEqual({ unit: 'week', count: 2 });
		expect(elapsed(3)).toEqual({ unit: 'day', count: 3 });
	});
});
