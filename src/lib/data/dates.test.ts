import { describe, expect, it } from 'vitest';
import { datePrecision, formatDate, isIsoDay, isLater, isPartialIsoDate } from './dates';

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
});

describe('isIsoDay', () => {
	it('accepts only full dates', () => {
		expect(isIsoDay('2026-01-19')).toBe(true);
		expect(isIsoDay('2026-01')).toBe(false);
		expect(isIsoDay('2026')).toBe(false);
	});
});

describe('formatDate', () => {
	it('writes each date at its own precision, never more precise than the source', () => {
		expect(formatDate('1966', 'en')).toBe('1966');
		expect(formatDate('1966-03', 'en')).toBe('March 1966');
		expect(formatDate('2026-01-19', 'en')).toBe('19 January 2026');
		expect(datePrecision('1966-03')).toBe('month');
	});

	it('names the weekday only when asked and only for full dates', () => {
		expect(formatDate('2026-01-19', 'en', { weekday: true })).toMatch(/^Monday,? 19 January 2026$/);
		expect(formatDate('2026-01', 'en', { weekday: true })).toBe('January 2026');
	});

	it('formats in the reader’s locale and does not shift the day with time zones', () => {
		expect(formatDate('2026-01-19', 'fr')).toBe('19 janvier 2026');
		expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
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
