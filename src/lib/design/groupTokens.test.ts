import { describe, expect, it } from 'vitest';
import { contrastRatio } from './colourVision';
import { closestNeighbours, groupColourRows, minNeighbourDifference } from './colourReport';
import {
	darkFillContrast,
	groupColourTokens,
	groupTokenCss,
	markContrast,
	themeBackground,
	withContrast
} from './groupTokens';
import assembly from '../../../content/data/assembly.json';

describe('withContrast', () => {
	it('leaves a colour that already meets the ratio alone', () => {
		expect(withContrast('#313567', themeBackground.light, 3)).toBe('#313567');
	});

	it('darkens pale colours on a light page and lightens dark ones on a dark page, just enough', () => {
		const pink = withContrast('#f5b4ce', themeBackground.light, 3);
		expect(contrastRatio(pink, themeBackground.light)).toBeGreaterThanOrEqual(3);
		expect(contrastRatio(pink, themeBackground.light)).toBeLessThan(3.1);
		const navy = withContrast('#313567', themeBackground.dark, 3);
		expect(contrastRatio(navy, themeBackground.dark)).toBeGreaterThanOrEqual(3);
	});
});

describe('group colour tokens for the Assembly', () => {
	const groups = assembly.groups;

	it('give every mark outline at least 3:1 against the page in both themes', () => {
		for (const row of groupColourRows(groups)) {
			expect(row.light.inkContrast, `${row.id} light`).toBeGreaterThanOrEqual(markContrast);
			expect(row.dark.inkContrast, `${row.id} dark`).toBeGreaterThanOrEqual(markContrast);
		}
	});

	it('keep the official colour as the light-theme fill and lift dark fills in the dark theme', () => {
		for (const group of groups) {
			expect(groupColourTokens(group.colour, 'light').fill).toBe(group.colour.toLowerCase());
			const darkFill = groupColourTokens(group.colour, 'dark').fill;
			expect(contrastRatio(darkFill, themeBackground.dark)).toBeGreaterThanOrEqual(darkFillContrast - 0.01);
		}
	});

	it('keep neighbouring groups distinct for typical vision and the three colour-vision deficiencies', () => {
		for (const closest of closestNeighbours(groups))
			expect(
				closest.difference,
				`${closest.pair.join('–')} ${closest.vision} ${closest.theme}`
			).toBeGreaterThanOrEqual(minNeighbourDifference);
	});

	it('flags neighbours that a colour-blind reader could not tell apart', () => {
		const confusable = [
			{ id: 'red', colour: '#d62728' },
			{ id: 'green', colour: '#6a8a2a' }
		];
		const deutan = closestNeighbours(confusable).find(
			(c) => c.vision === 'deuteranopia' && c.theme === 'light'
		);
		expect(deutan!.difference).toBeLessThan(minNeighbourDifference);
	});

	it('write CSS custom properties for both themes', () => {
		const css = groupTokenCss(groups);
		expect(css).toContain('--group-LFI-NFP-fill:#c00d0d;');
		expect(css).toMatch(
			/@media \(prefers-color-scheme: dark\)\{:root:not\(\[data-theme='light'\]\)\{--group-LFI-NFP-fill:/
		);
		// A page may force the dark theme (an embed's option), whatever the reader's setting.
		expect(css).toMatch(/:root\[data-theme='dark'\]\{--group-LFI-NFP-fill:/);
	});
});
