/**
 * Tests for partial ISO dates: which texts are dates, the period each covers, and the comparison at the
 * coarser precision, by hand, then properties over random years, months and days (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	dateExtent,
	datePrecision,
	isIsoDay,
	isLater,
	isoDay,
	isPartialIsoDate,
	parsePartialDate
} from './partialDate';

const day = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isPartialIsoDate', () => {
	it.each([
		['2026', true],
		['2026-01', true],
		['2026-01-19', true],
		['2024-02-29', true],
		['2026-02-29', false],
		['2026-13', false],
		['2026-00', false],
		['2026-04-31', false],
		['26-01-19', false],
		['2026-1-19', false],
		['19/01/2026', false],
		['2026-01-19T00:00', false],
		['', false]
	])('%s → %s', (text, valid) => expect(isPartialIsoDate(text)).toBe(valid));

	it('knows the leap years of years 0–99 as their own, not as 1900–1999', () => {
		expect(isPartialIsoDate('0000-02-29')).toBe(true);
		expect(isPartialIsoDate('1900-02-29')).toBe(false);
	});
});

describe('isIsoDay', () => {
	it('accepts only full dates', () => {
		expect(isIsoDay('2026-01-19')).toBe(true);
		expect(isIsoDay('2026-02-30')).toBe(false);
		expect(isIsoDay('2026-01')).toBe(false);
		expect(isIsoDay('2026')).toBe(false);
	});
});

describe('parsePartialDate and datePrecision', () => {
	it('give the parts down to the precision written, and nothing for a date that is not one', () => {
		expect(parsePartialDate('1966')).toEqual({ precision: 'year', year: 1966 });
		expect(parsePartialDate('1966-03')).toEqual({ precision: 'month', year: 1966, month: 3 });
		expect(parsePartialDate('2026-01-19')).toEqual({ precision: 'day', year: 2026, month: 1, day: 19 });
		expect(parsePartialDate('2025-13')).toBeUndefined();
		expect(['1966', '1966-03', '2026-01-19'].map(datePrecision)).toEqual(['year', 'month', 'day']);
	});
});

describe('dateExtent', () => {
	it.each([
		['1966', Date.UTC(1966, 0, 1), Date.UTC(1967, 0, 1)],
		['2009-03', Date.UTC(2009, 2, 1), Date.UTC(2009, 3, 1)],
		['2009-12', Date.UTC(2009, 11, 1), Date.UTC(2010, 0, 1)],
		['2025-02-14', Date.UTC(2025, 1, 14), Date.UTC(2025, 1, 15)],
		['0050', new Date(0).setUTCFullYear(50, 0, 1), new Date(0).setUTCFullYear(51, 0, 1)]
	])('%s covers its whole period, in UTC', (date, start, end) => {
		expect(dateExtent(date)).toEqual({ start, end });
	});

	it('counts leap days: February 2024 and 2000 have 29 days, 2023 and 1900 have 28', () => {
		const days = (date: string) => (dateExtent(date).end - dateExtent(date).start) / day;
		expect([days('2024-02'), days('2000-02'), days('2023-02'), days('1900-02')]).toEqual([29, 29, 28, 28]);
		expect([days('2024'), days('2023'), days('2024-02-29')]).toEqual([366, 365, 1]);
	});

	it('runs from the start of date to the end of endDate’s period', () => {
		expect(dateExtent('1966-03-07', '1966')).toEqual({
			start: Date.UTC(1966, 2, 7),
			end: Date.UTC(1967, 0, 1)
		});
		expect(dateExtent('2009-03', '2009-03')).toEqual(dateExtent('2009-03'));
	});

	it.each([
		'',
		'2009-3',
		'09',
		'2009-13',
		'2009-00',
		'2009-03-32',
		'2023-02-29',
		'2009-03-00',
		'2009/03',
		' 2009'
	])('rejects %j', (date) => expect(() => dateExtent(date)).toThrow(/YYYY/));

	it('rejects an end date before the date', () => {
		expect(() => dateExtent('2025-03', '2025-02')).toThrow(/before/);
	});
});

describe('isLater', () => {
	it.each([
		['2026-01-27', '2026-01-26', true],
		['2026-01-26', '2026-01-26', false],
		['2026-02', '2026-01-26', true],
		['2026-01', '2026-01-26', false],
		['2026', '2025-12-31', true],
		['2026', '2026-12-31', false],
		['2025-12-31', '2026', false]
	])('%s after %s → %s', (a, b, later) => expect(isLater(a, b)).toBe(later));
});

describe('isoDay', () => {
	it('is the UTC day of an instant, whatever the time of day', () => {
		expect(isoDay(new Date(Date.UTC(2026, 11, 8, 23, 59)))).toBe('2026-12-08');
	});
});

describe('properties', () => {
	/** Any text of the form YYYY, YYYY-MM or YYYY-MM-DD, with months and days that may not exist. */
	const written = fc
		.tuple(
			fc.integer({ min: 0, max: 9999 }),
			fc.integer({ min: 0, max: 99 }),
			fc.integer({ min: 0, max: 99 })
		)
		.chain(([year, month, dayOfMonth]) =>
			fc.constantFrom(
				pad(year, 4),
				`${pad(year, 4)}-${pad(month, 2)}`,
				`${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`
			)
		);
	/** Any real partial date. */
	const date = written.filter(isPartialIsoDate);

	it('a date is valid exactly when the calendar has it: its period starts on the day it names', () => {
		fc.assert(
			fc.property(written, (text) => {
				const [year, month = 1, dayOfMonth = 1] = text.split('-').map(Number);
				const calendar = new Date(new Date(0).setUTCFullYear(year!, month - 1, dayOfMonth));
				const exists = month >= 1 && month <= 12 && dayOfMonth >= 1 && calendar.getUTCDate() === dayOfMonth;
				expect(isPartialIsoDate(text)).toBe(exists);
				if (exists) expect(dateExtent(text).start).toBe(calendar.getTime());
			})
		);
	});

	it('a period is a whole number of days, one day to a leap year, and ends where the next one starts', () => {
		fc.assert(
			fc.property(date, (text) => {
				const { start, end } = dateExtent(text);
				const days = (end - start) / day;
				expect(Number.isInteger(days) && days >= 1 && days <= 366).toBe(true);
				expect(isoDay(new Date(start)).startsWith(text)).toBe(true);
				expect(isoDay(new Date(end - day)).startsWith(text)).toBe(true);
				expect(isoDay(new Date(end)).startsWith(text)).toBe(false);
			})
		);
	});

	it('isLater(a, b) exactly when all of a’s period comes after all of b’s', () => {
		fc.assert(
			fc.property(date, date, (a, b) => {
				expect(isLater(a, b)).toBe(dateExtent(a).start >= dateExtent(b).end);
			})
		);
	});
});
