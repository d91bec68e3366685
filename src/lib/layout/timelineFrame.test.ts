import { describe, expect, it } from 'vitest';
import { eraLabels, keyLayout, scaleBreaks } from './timelineFrame';

const measure = (text: string) => 6 * text.length;

describe('eraLabels', () => {
	const names = [
		{ id: 'a', label: 'A founding member', short: '1949–65' },
		{ id: 'b', label: 'Back in the integrated command', short: '2009–24' },
		{ id: 'c', label: 'Trump', short: '2025–26' }
	];
	it('sets each name whole in its band, wrapped, else its short name, else nothing', () => {
		const labels = eraLabels(
			[
				{ id: 'a', x0: 0, x1: 50 },
				{ id: 'b', x0: 50, x1: 200 },
				{ id: 'c', x0: 200, x1: 210 }
			],
			names,
			{ measure }
		);
		expect(labels).toEqual([
			{ id: 'a', x: 4, lines: ['1949–65'] },
			{ id: 'b', x: 54, lines: ['Back in the', 'integrated command'] }
		]);
	});
});

describe('scaleBreaks', () => {
	it('marks each change of era where bands touch, not at the left edge', () => {
		expect(
			scaleBreaks([
				{ id: 'a', x0: 0, x1: 60 },
				{ id: 'b', x0: 60, x1: 300 },
				{ id: 'c', x0: 300, x1: 900 }
			])
		).toEqual([60, 300]);
		expect(scaleBreaks([{ id: 'a', x0: 0, x1: 900 }])).toEqual([]);
	});
});

describe('keyLayout', () => {
	it('flows items into lines no wider than the width', () => {
		const { items, lines } = keyLayout(
			[
				{ id: 'us', text: 'US actions' },
				{ id: 'cited', text: 'Cited by the motion' },
				{ id: 'bar', text: 'Lasted days' }
			],
			300,
			{ measure }
		);
		expect(items.map(({ id, x, line }) => [id, x, line])).toEqual([
			['us', 0, 0],
			['cited', 16 + 6 + 60 + 18, 0],
			['bar', 0, 1]
		]);
		expect(lines).toBe(2);
	});
});
