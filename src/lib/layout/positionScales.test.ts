/** Tests for the position map's scales: hand-worked values, then properties over random inputs (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, ordinalBandScale, radiusScale } from './positionScales';

const steps = ['leave', 'leave-command', 'reform', 'stay', 'more'];

describe('ordinalBandScale', () => {
	it('splits the range into equal bands and maps each step to its band’s centre, first step at range[0]', () => {
		const y = ordinalBandScale(steps, [0, 500]);
		expect(y.bandwidth).toBe(100);
		expect(steps.map(y)).toEqual([50, 150, 250, 350, 450]);
	});

	it('puts the first step at the bottom for a reversed range, with a positive bandwidth', () => {
		const y = ordinalBandScale(steps, [500, 0]);
		expect(y.bandwidth).toBe(100);
		expect(steps.map(y)).toEqual([450, 350, 250, 150, 50]);
	});

	it('gives undefined for an unknown step, keeps the first place of a repeated one, and copes with none', () => {
		const y = ordinalBandScale(['a', 'b', 'a'], [0, 100]);
		expect(y.steps).toEqual(['a', 'b']);
		expect([y('a'), y('b'), y('c')]).toEqual([25, 75, undefined]);
		expect(ordinalBandScale([], [0, 100]).bandwidth).toBe(0);
	});

	it('keeps every centre inside the range, half a band from its neighbours, in order', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 12 }),
				fc.integer({ min: -1000, max: 1000 }),
				fc.integer({ min: -1000, max: 1000 }),
				(names, start, end) => {
					const scale = ordinalBandScale(names, [start, end]);
					const centres = names.map((name) => scale(name) ?? NaN);
					const direction = Math.sign(end - start);
					centres.forEach((centre, i) => {
						expect(Math.abs(centre - start)).toBeCloseTo((i + 0.5) * scale.bandwidth, 9);
						if (i > 0) expect((centre - (centres[i - 1] ?? NaN)) * direction).toBeCloseTo(scale.bandwidth, 9);
					});
					expect(scale.bandwidth * names.length).toBeCloseTo(Math.abs(end - start), 9);
				}
			)
		);
	});
});

describe('linearScale', () => {
	it('maps the domain’s ends to the range’s ends, and values between in proportion', () => {
		const x = linearScale([0, 10], [40, 560]);
		expect([x(0), x(10), x(5), x(2.5)]).toEqual([40, 560, 300, 170]);
		expect(x(-1)).toBe(-12);
		expect(linearScale([10, 0], [0, 100])(2)).toBe(80);
	});

	it('maps every value to the middle of the range for an empty domain', () => {
		expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
	});

	it('is monotonic', () => {
		fc.assert(
			fc.property(
				fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 })),
				fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 })),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				([d0, width], [r0, height], a, b) => {
					const scale = linearScale([d0, d0 + width], [r0, r0 + height]);
					const [low, high] = a < b ? [a, b] : [b, a];
					expect(scale(d0 + low * width)).toBeLessThanOrEqual(scale(d0 + high * width) + 1e-9);
				}
			)
		);
	});

	it.each<[string, [number, number], number, number[]]>([
		['0–10 in about 5', [0, 10], 5, [0, 2, 4, 6, 8, 10]],
		['0–10 in about 10', [0, 10], 10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
		['0–10 in about 2', [0, 10], 2, [0, 5, 10]],
		['0–100 in about 4', [0, 100], 4, [0, 20, 40, 60, 80, 100]],
		['1.5–8.7, inside the domain only', [1.5, 8.7], 5, [2, 4, 6, 8]],
		['0–1, exact decimals', [0, 1], 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
		['−0.3–0.3', [-0.3, 0.3], 6, [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]],
		['a reversed domain, smallest first', [10, 0], 5, [0, 2, 4, 6, 8, 10]],
		['an empty domain', [3, 3], 5, [3]]
	])('ticks: %s', (_, domain, count, expected) => {
		expect(linearScale(domain, [0, 100]).ticks(count)).toEqual(expected);
	});

	it('defaults to about 5 ticks, and gives none for a count below 1 or a domain that is not finite', () => {
		expect(linearScale([0, 10], [0, 1]).ticks()).toEqual([0, 2, 4, 6, 8, 10]);
		expect(linearScale([0, 10], [0, 1]).ticks(0)).toEqual([]);
		expect(linearScale([0, Infinity], [0, 1]).ticks(5)).toEqual([]);
		expect(linearScale([NaN, 1], [0, 1]).ticks(5)).toEqual([]);
	});

	it('gives round, evenly spaced ticks inside the domain, about as many as asked', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e6, max: 1e6, noNaN: true }),
				fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
				// From 2: one nice step can be up to √2 times a count's share, more than the whole domain for 1.
				fc.integer({ min: 2, max: 20 }),
				(start, width, count) => {
					const ticks = linearScale([start, start + width], [0, 1]).ticks(count);
					expect(ticks.length).toBeGreaterThanOrEqual(1);
					expect(ticks.length).toBeLessThanOrEqual(3 * count + 1);
					const step = (ticks[1] ?? NaN) - (ticks[0] ?? NaN);
					if (ticks.length > 1) {
						// A step of 1, 2 or 5 × 10ⁿ; 10 too, for a float step a hair under a power of ten.
						const mantissa = step / 10 ** Math.floor(Math.log10(step));
						expect([1, 2, 5, 10].some((nice) => Math.abs(mantissa / nice - 1) < 1e-4)).toBe(true);
					}
					ticks.forEach((tick, i) => {
						expect(tick).toBeGreaterThanOrEqual(start);
						expect(tick).toBeLessThanOrEqual(start + width);
						if (i > 0) expect(tick - (ticks[i - 1] ?? NaN)).toBeCloseTo(step, 6);
					});
				}
			)
		);
	});
});

describe('radiusScale', () => {
	const radius = radiusScale(100, 20, 2);

	it('gives maxValue the maximum radius and 0 the minimum one', () => {
		expect(radius(100)).toBe(20);
		expect(radius(0)).toBe(2);
		expect(radiusScale(100, 20)(0)).toBe(0);
	});

	it('makes area proportional to value: a quarter of the value, half the radius', () => {
		expect(radius(25)).toBe(10);
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 100, noNaN: true }),
				fc.double({ min: 1, max: 100, noNaN: true }),
				(a, b) => {
					const areaRatio = (Math.PI * radius(a) ** 2) / (Math.PI * radius(b) ** 2);
					expect(areaRatio).toBeCloseTo(a / b, 9);
				}
			)
		);
	});

	it('is monotonic, and gives the minimum radius to values too small to show, negative ones and NaN', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 200, noNaN: true }),
				fc.double({ min: 0, max: 200, noNaN: true }),
				(a, b) => {
					const [low, high] = a < b ? [a, b] : [b, a];
					expect(radius(low)).toBeLessThanOrEqual(radius(high));
					expect(radius(low)).toBeGreaterThanOrEqual(2);
				}
			)
		);
		expect([radius(0.5), radius(-5), radius(NaN)]).toEqual([2, 2, 2]);
		expect(radiusScale(0, 20, 2)(10)).toBe(2);
	});
});
