import { describe, expect, it } from 'vitest';
import { formatDate, intlLocale } from './format';

describe('intlLocale', () => {
	it('writes English dates in British order and leaves other locales as they are', () => {
		expect(intlLocale('en')).toBe('en-GB');
		expect(intlLocale('fr')).toBe('fr');
	});
});

describe('formatDate', () => {
	it('writes each date at its own precision, never more precise than the source', () => {
		expect(formatDate('1966', 'en')).toBe('1966');
		expect(formatDate('1966-03', 'en')).toBe('March 1966');
		expect(formatDate('2026-01-19', 'en')).toBe('19 January 2026');
	});

	it('names the weekday only when asked and only for full dates', () => {
		expect(formatDate('2026-01-19', 'en', { weekday: true })).toMatch(/^Monday,? 19 January 2026$/);
		expect(formatDate('2026-01', 'en', { weekday: true })).toBe('January 2026');
	});

	it('formats in the reader’s locale and does not shift the day with time zones', () => {
		expect(formatDate('2026-01-19', 'fr')).toBe('19 janvier 2026');
		expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
	});

	it('reads years 0–99 as themselves, not as 1900–1999', () => {
		expect(formatDate('0050', 'en')).toBe('50');
	});

	it('refuses a date the calendar does not have rather than rolling it over', () => {
		expect(() => formatDate('2023-02-29', 'en')).toThrow(/YYYY/);
	});
});
