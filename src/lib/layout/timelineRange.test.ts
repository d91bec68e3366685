import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventfulWindow, rangeFromParams, rangeToParams } from './timelineRange';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const domain: [number, number] = [utc(1949), utc(2026, 11)];

describe('eventfulWindow', () => {
	const times = [
		utc(1949, 4, 4),
		utc(1966, 3, 7),
		utc(2025, 2, 14),
		utc(2026, 1, 3),
		utc(2026, 1, 6),
		utc(2026, 1, 19)
	];

	it('goes where most events are, not to the middle of the range', () => {
		const [from, to] = eventfulWindow(times, domain, 365 * 86_400_000);
		for (const t of [utc(2026, 1, 3), utc(2026, 1, 6), utc(2026, 1, 19)]) {
			expect(t).toBeGreaterThanOrEqual(from);
			expect(t).toBeLessThan(to);
		}
	});

	it('centres on the focus when there is one in range', () => {
		const span = 10 * 86_400_000;
		expect(eventfulWindow(times, domain, span, utc(1966, 3, 7))).toEqual([utc(1966, 3, 2), utc(1966, 3, 12)]);
	});

	it('takes the latest span with no event, and all of the range when the span is as wide', () => {
		const span = 86_400_000;
		expect(eventfulWindow([], [0, 10 * span], span)).toEqual([9 * span, 10 * span]);
		expect(eventfulWindow(times, domain, domain[1] - domain[0] + 1)).toEqual(domain);
	});

	it('always holds an event when the range does, and stays inside the range', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: domain[0], max: domain[1] - 1 }), { maxLength: 30 }),
				fc.integer({ min: 86_400_000, max: domain[1] - domain[0] }),
				(list, span) => {
					const [from, to] = eventfulWindow(list, domain, span);
					expect(from).toBeGreaterThanOrEqual(domain[0]);
					expect(to).toBeLessThanOrEqual(domain[1]);
					expect(to - from).toBeCloseTo(Math.min(span, domain[1] - domain[0]), 0);
					if (list.length > 0) expect(list.some((t) => t >= from && t < to)).toBe(true);
				}
			)
		);
	});
});

describe('range in the address', () => {
	it('writes whole months as YYYY-MM, the last month included, and other ranges by day', () => {
		expect(rangeToParams([utc(2025, 1), utc(2026, 11)])).toEqual({ from: '2025-01', to: '2026-10' });
		expect(rangeToParams([utc(2025, 3, 14), utc(2025, 4, 1)])).toEqual({
			from: '2025-03-14',
			to: '2025-03-31'
		});
	});

	it('reads what it writes, cut to the domain', () => {
		expect(rangeFromParams('2025-01', '2026-10', domain)).toEqual([utc(2025, 1), utc(2026, 11)]);
		expect(rangeFromParams('1900', '1960', domain)).toEqual([domain[0], utc(1961)]);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 28_000 }),
				fc.integer({ min: 1, max: 5_000 }),
				(startDay, days) => {
					const start = domain[0] + startDay * 86_400_000;
					const range: [number, number] = [start, Math.min(domain[1], start + days * 86_400_000)];
					if (range[0] >= range[1]) return;
					const { from, to } = rangeToParams(range);
					expect(rangeFromParams(from, to, domain)).toEqual(range);
				}
			)
		);
	});

	it('ignores missing, malformed, reversed or outside values, without throwing', () => {
		for (const [from, to] of [
			[null, '2026'],
			['2025-13', '2026'],
			['2026', '2025'],
			['<script>', '2026'],
			['2030', '2031'],
			['2025-02-30', '2026']
		] as const)
			expect(rangeFromParams(from, to, domain)).toBeNull();
	});
});
