/**
 * Tests for the timeline's time scales: the eras scale, the linear scale, calendar ticks and
 * zooming, by hand on the 1949–2026 France–NATO eras, then properties over random inputs (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateExtent } from '$lib/dates/partialDate';
import {
	defaultMinSpanMs,
	erasScale,
	isFullDomain,
	linearTimeScale,
	panBy,
	zoomTo,
	type Era,
	type TimeScale,
	type TimeTick
} from './timeScale';

const day = 86_400_000;
const eras: Era[] = [
	{ id: 'cold-war', start: '1949', end: '1990', weight: 1 },
	{ id: 'after-cold-war', start: '1991', end: '2024', weight: 1 },
	{ id: 'crisis', start: '2025', end: '2026', weight: 3 }
];
const domain: [number, number] = [Date.UTC(1949, 0, 1), Date.UTC(2027, 0, 1)];

/** A tick as text, for readable expectations: '1991', '2025-04', '2025-02-14'. */
const text = ({ label }: TimeTick) =>
	[label.year, label.month, label.day]
		.filter((part) => part !== undefined)
		.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
		.join('-');

/**
 * What every tick list must satisfy: in order, spaced, inside the domain, on a midnight, labelled with its
 * date. Collects the problems and checks them once: an `expect` per tick made the properties slow.
 */
function expectWellFormedTicks(scale: TimeScale, ticks: readonly TimeTick[], spacing: number) {
	const problems = ticks.flatMap((tick, index) => {
		const date = new Date(tick.ms);
		const previous = ticks[index - 1];
		const checks = {
			position: tick.x === scale(tick.ms),
			inside: tick.ms >= scale.domain[0] && tick.ms < scale.domain[1],
			midnight: tick.ms % 86_400_000 === 0,
			label:
				tick.label.year === date.getUTCFullYear() &&
				(tick.label.month ?? 1) === date.getUTCMonth() + 1 &&
				(tick.label.day ?? 1) === date.getUTCDate(),
			spaced: !previous || tick.x - previous.x >= Math.max(1, spacing) - 1e-9
		};
		return Object.entries(checks).flatMap(([check, ok]) => (ok ? [] : [`${check} ${text(tick)}`]));
	});
	expect(problems).toEqual([]);
}

describe('erasScale', () => {
	const scale = erasScale(eras, [0, 1000]);

	it('maps era boundaries to band edges, each band its weight’s share of the width', () => {
		expect(scale.eraBands).toEqual([
			{ id: 'cold-war', x0: 0, x1: 200 },
			{ id: 'after-cold-war', x0: 200, x1: 400 },
			{ id: 'crisis', x0: 400, x1: 1000 }
		]);
		expect(scale.domain).toEqual(domain);
		expect([Date.UTC(1949, 0, 1), Date.UTC(1991, 0, 1), Date.UTC(2025, 0, 1), domain[1]].map(scale)).toEqual([
			0, 200, 400, 1000
		]);
	});

	it('gives an era of weight 3 three times the px of an era of weight 1 and the same length', () => {
		const years = erasScale(
			[
				{ id: 'a', start: '2021', end: '2021', weight: 1 },
				{ id: 'b', start: '2022', end: '2022', weight: 3 }
			],
			[100, 500]
		);
		expect(years.eraBands).toEqual([
			{ id: 'a', x0: 100, x1: 200 },
			{ id: 'b', x0: 200, x1: 500 }
		]);
		const middleOf = (year: number) => (Date.UTC(year, 0, 1) + Date.UTC(year + 1, 0, 1)) / 2;
		expect(years(middleOf(2021))).toBeCloseTo(150, 9);
		expect(years(middleOf(2022))).toBeCloseTo(350, 9);
	});

	it('is continuous at era boundaries and extrapolates outside the domain', () => {
		for (const boundary of [Date.UTC(1991, 0, 1), Date.UTC(2025, 0, 1)]) {
			expect(scale(boundary - 1)).toBeCloseTo(scale(boundary), 3);
			expect(scale(boundary - 1)).toBeLessThan(scale(boundary));
		}
		// 1907–1949 has one more leap day than 1949–1991, 2027–2029 one more than 2025–2027.
		expect(scale(Date.UTC(1907, 0, 1))).toBeCloseTo((-200 * (42 * 365 + 11)) / (42 * 365 + 10), 9);
		expect(scale(Date.UTC(2029, 0, 1))).toBeCloseTo(1000 + (600 * 731) / 730, 9);
	});

	it('inverts: px → ms → px', () => {
		for (const px of [-50, 0, 123.4, 200, 399.9, 400, 777, 1000, 1100])
			expect(scale(scale.invert(px))).toBeCloseTo(px, 6);
		expect(scale.invert(200)).toBe(Date.UTC(1991, 0, 1));
	});

	it('ticks each era at the finest unit that fits, keeping era starts: decades, then quarters', () => {
		const ticks = scale.ticks(40);
		expect(ticks.map(text)).toEqual(
			[
				'1949',
				'1960',
				'1970',
				'1980',
				'1991',
				'2000',
				'2010',
				'2025',
				'2025-04',
				'2025-07',
				'2025-10'
			].concat(['2026', '2026-04', '2026-07', '2026-10'])
		);
		expect(ticks.map((tick) => tick.label.unit)).toEqual(
			['year', 'year', 'year', 'year', 'year', 'year', 'year', 'year', 'month', 'month', 'month'].concat([
				'year',
				'month',
				'month',
				'month'
			])
		);
		expectWellFormedTicks(scale, ticks, 40);
	});

	it('goes down to months in a wide enough era, and to coarser steps than decades in a narrow one', () => {
		const wide = erasScale(eras, [0, 3000]);
		expect(
			wide
				.ticks(40)
				.filter((tick) => tick.label.year === 2025)
				.map(text)
		).toEqual([
			'2025',
			...Array.from({ length: 11 }, (_, index) => `2025-${String(index + 2).padStart(2, '0')}`)
		]);
		const narrow = erasScale(eras, [0, 400]);
		const early = narrow.ticks(20).filter((tick) => tick.label.year < 1991);
		expect(early.map(text)).toEqual(['1949', '1960', '1980']);
	});

	it.each([
		['no eras', []],
		['a weight of 0', [{ id: 'a', start: '2020', end: '2021', weight: 0 }]],
		[
			'a gap',
			[
				{ id: 'a', start: '2020', end: '2020', weight: 1 },
				{ id: 'b', start: '2022', end: '2022', weight: 1 }
			]
		],
		[
			'an overlap',
			[
				{ id: 'a', start: '2020', end: '2021', weight: 1 },
				{ id: 'b', start: '2021', end: '2022', weight: 1 }
			]
		]
	])('rejects %s', (_, invalid) => {
		expect(() => erasScale(invalid, [0, 100])).toThrow();
	});

	it('maps everything to x0 with an empty range, without throwing', () => {
		const empty = erasScale(eras, [0, 0]);
		expect(empty(Date.UTC(2000, 0, 1))).toBe(0);
		expect(empty.ticks(40)).toHaveLength(1);
	});
});

describe('linearTimeScale', () => {
	it('maps the visible range linearly and clips era bands to it', () => {
		const visible: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)];
		const scale = linearTimeScale(visible, [0, 600], eras);
		expect(scale(visible[0])).toBe(0);
		expect(scale(visible[1])).toBe(600);
		expect(scale.invert(300)).toBeCloseTo((visible[0] + visible[1]) / 2, 3);
		expect(scale.eraBands.map((band) => band.id)).toEqual(['after-cold-war', 'crisis']);
		expect(scale.eraBands[0]?.x0).toBe(0);
		expect(scale.eraBands[1]?.x1).toBe(600);
		expect(scale.eraBands[1]?.x0).toBeCloseTo(scale(Date.UTC(2025, 0, 1)), 9);
		expect(linearTimeScale(visible, [0, 600]).eraBands).toEqual([]);
	});

	it('ticks single days when zoomed in far, labelled as days and the 1st as a month', () => {
		const { start } = dateExtent('2025-02');
		const scale = linearTimeScale([start, start + defaultMinSpanMs], [0, 800]);
		const ticks = scale.ticks(40);
		expect(ticks.map(text)).toEqual(
			Array.from({ length: 14 }, (_, index) =>
				index === 0 ? '2025-02' : `2025-02-${String(index + 1).padStart(2, '0')}`
			)
		);
		expect(ticks[0]?.label).toEqual({ unit: 'month', year: 2025, month: 2 });
		expect(ticks[1]?.label).toEqual({ unit: 'day', year: 2025, month: 2, day: 2 });
		expect(scale.ticks(120).map(text)).toEqual(['2025-02', '2025-02-08']);
	});

	it('ticks the whole 77 years in a small width at 20-year steps', () => {
		const scale = linearTimeScale(domain, [0, 300]);
		expect(scale.ticks(60).map(text)).toEqual(['1960', '1980', '2000', '2020']);
	});

	it('counts a spacing below 1 px as 1 px', () => {
		const scale = linearTimeScale([Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1)], [0, 20]);
		expect(scale.ticks(0)).toEqual(scale.ticks(1));
		expect(scale.ticks(-3)).toEqual(scale.ticks(1));
		// 20 px for 31 days: single days would be 0.65 px apart, so the 1st, 8th, 15th and 22nd.
		expect(scale.ticks(1).map(text)).toEqual(['2025', '2025-01-08', '2025-01-15', '2025-01-22']);
	});

	it('rejects an empty or reversed visible range', () => {
		expect(() => linearTimeScale([5, 5], [0, 100])).toThrow(/increasing/);
		expect(() => linearTimeScale([0, 100], [100, 0])).toThrow(/x0 ≤ x1/);
	});

	it('keeps ticks spaced, in order, on calendar boundaries, for any view and spacing', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: domain[0], max: domain[1] - day }),
				fc.double({ min: 0.0001, max: 1, noNaN: true }),
				fc.integer({ min: 100, max: 2000 }),
				fc.double({ min: 5, max: 200, noNaN: true }),
				(start, share, width, spacing) => {
					const end = start + Math.max(day, share * (domain[1] - start));
					const scale = linearTimeScale([start, end], [0, width]);
					expectWellFormedTicks(scale, scale.ticks(spacing), spacing);
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('erasScale properties', () => {
	const eraList = fc
		.array(
			fc.record({
				years: fc.integer({ min: 1, max: 30 }),
				weight: fc.double({ min: 0.1, max: 10, noNaN: true })
			}),
			{
				minLength: 1,
				maxLength: 5
			}
		)
		.map((specs) => {
			let year = 1949;
			return specs.map(({ years, weight }, index) => {
				const era = { id: `era${index}`, start: String(year), end: String(year + years - 1), weight };
				year += years;
				return era;
			});
		});

	it('is strictly increasing and continuous, inverts, and keeps ticks spaced', () => {
		fc.assert(
			fc.property(
				eraList,
				fc.integer({ min: 200, max: 2000 }),
				fc.double({ min: 1, max: 150, noNaN: true }),
				(list, width, spacing) => {
					const scale = erasScale(list, [0, width]);
					const [d0, d1] = scale.domain;
					const samples = Array.from({ length: 50 }, (_, i) => d0 + ((d1 - d0) * i) / 49);
					const xs = samples.map(scale);
					expect(xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? Infinity))).toBe(true);
					// Back to within a millisecond or so: ms values are around 10¹², doubles carry 15–16 digits.
					expect(samples.every((ms) => Math.abs(scale.invert(scale(ms)) - ms) < 2)).toBe(true);
					scale.eraBands.forEach((band, i) => {
						const next = scale.eraBands[i + 1];
						if (next) expect(next.x0).toBe(band.x1);
						expect(band.x1).toBeGreaterThan(band.x0);
					});
					expect(scale.eraBands[scale.eraBands.length - 1]?.x1).toBe(width);
					expectWellFormedTicks(scale, scale.ticks(spacing), spacing);
				}
			),
			{ numRuns: 150 }
		);
	});
});

describe('zoom', () => {
	const middle = (domain[0] + domain[1]) / 2;

	it('zooms in ×2 about the centre, which keeps its place on screen', () => {
		const visible = zoomTo(domain, domain, 0.5, middle);
		expect(visible[1] - visible[0]).toBe((domain[1] - domain[0]) / 2);
		expect((visible[0] + visible[1]) / 2).toBe(middle);
		const about = Date.UTC(2025, 0, 1);
		const [v0, v1] = zoomTo(domain, domain, 0.25, about);
		expect((about - v0) / (v1 - v0)).toBeCloseTo((about - domain[0]) / (domain[1] - domain[0]), 9);
	});

	it('clamps to the domain and stops at the minimum span', () => {
		const nearEnd = zoomTo(domain, domain, 0.1, domain[1]);
		expect(nearEnd[1]).toBe(domain[1]);
		let visible: [number, number] = domain;
		for (let i = 0; i < 40; i++) visible = zoomTo(visible, domain, 0.5, Date.UTC(2025, 5, 1));
		expect(visible[1] - visible[0]).toBe(defaultMinSpanMs);
		expect(zoomTo(visible, domain, 0.5, Date.UTC(2025, 5, 1), { minSpanMs: 2 * day })).toSatisfy(
			([a, b]: [number, number]) => b - a === 7 * day
		);
		expect(zoomTo(domain, domain, 0.0001, domain[0])).toEqual([domain[0], domain[0] + defaultMinSpanMs]);
	});

	it('zooms back out to exactly the domain', () => {
		let visible: [number, number] = [Date.UTC(2025, 0, 1), Date.UTC(2025, 6, 1)];
		expect(isFullDomain(visible, domain)).toBe(false);
		for (let i = 0; i < 10; i++) visible = zoomTo(visible, domain, 1.7, Date.UTC(2025, 3, 1));
		expect(visible).toEqual(domain);
		expect(isFullDomain(visible, domain)).toBe(true);
	});

	it('pans by a fraction of the span, stopping at the domain’s edges', () => {
		const visible: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)];
		const span = visible[1] - visible[0];
		expect(panBy(visible, domain, 0.5)).toEqual([visible[0] + span / 2, visible[1] + span / 2]);
		expect(panBy(visible, domain, -100)).toEqual([domain[0], domain[0] + span]);
		expect(panBy(visible, domain, 100)).toEqual([domain[1] - span, domain[1]]);
		expect(panBy(domain, domain, 0.3)).toEqual(domain);
	});

	it('rejects a zoom factor that is not above 0', () => {
		expect(() => zoomTo(domain, domain, 0, middle)).toThrow(/factor/);
		expect(() => zoomTo(domain, domain, NaN, middle)).toThrow(/factor/);
	});

	it('keeps any sequence of zooms and pans inside the domain and no narrower than the minimum span', () => {
		const step = fc.oneof(
			fc.record({
				zoom: fc.double({ min: 0.05, max: 20, noNaN: true }),
				at: fc.integer({ min: domain[0], max: domain[1] })
			}),
			fc.record({ pan: fc.double({ min: -3, max: 3, noNaN: true }) })
		);
		fc.assert(
			fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
				let visible: [number, number] = domain;
				for (const each of steps) {
					visible =
						'zoom' in each ? zoomTo(visible, domain, each.zoom, each.at) : panBy(visible, domain, each.pan);
					expect(visible[0]).toBeGreaterThanOrEqual(domain[0]);
					expect(visible[1]).toBeLessThanOrEqual(domain[1]);
					expect(visible[1] - visible[0]).toBeGreaterThanOrEqual(defaultMinSpanMs - 1e-3);
				}
			})
		);
	});
});
