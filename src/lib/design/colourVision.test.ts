import { describe, expect, it } from 'vitest';
import {
	contrastRatio,
	deltaE2000,
	hexToRgb,
	labToRgb,
	perceivedDifference,
	rgbToHex,
	rgbToLab,
	simulateVision
} from './colourVision';

describe('contrastRatio', () => {
	it('matches the WCAG reference values', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	it('is symmetric', () => {
		expect(contrastRatio('#c00d0d', '#fcfbf8')).toBeCloseTo(contrastRatio('#fcfbf8', '#c00d0d'), 10);
	});
});

describe('deltaE2000', () => {
	// Test pairs from Sharma, Wu & Dalal (2005), table 1.
	it.each([
		[[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
		[[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
		[[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
		[[50, 2.5, 0], [56, -27, -3], 31.903],
		[[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
		[[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373]
	] as const)('%j vs %j = %f', (a, b, expected) => {
		expect(deltaE2000(a, b)).toBeCloseTo(expected, 3);
	});
});

describe('colour conversions', () => {
	it('round-trips through CIELAB', () => {
		for (const hex of ['#c00d0d', '#77aa79', '#f5b4ce', '#313567', '#000000', '#ffffff'])
			expect(rgbToHex(labToRgb(rgbToLab(hexToRgb(hex))))).toBe(hex);
	});

	it('rejects anything but #rrggbb', () => {
		expect(() => hexToRgb('red')).toThrow();
		expect(() => hexToRgb('#fff')).toThrow();
	});
});

describe('simulateVision', () => {
	it('leaves greys unchanged for every deficiency', () => {
		for (const vision of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
			const [r, g, b] = simulateVision(hexToRgb('#808080'), vision);
			expect(r).toBeCloseTo(g, 2);
			expect(g).toBeCloseTo(b, 2);
		}
	});

	it('makes red and green hard to tell apart for red–green deficiencies, not for typical vision', () => {
		const normal = perceivedDifference('#d62728', '#2ca02c', 'normal');
		const deutan = perceivedDifference('#d62728', '#2ca02c', 'deuteranopia');
		expect(normal).toBeGreaterThan(50);
		expect(deutan).toBeLessThan(normal / 2);
	});
});
