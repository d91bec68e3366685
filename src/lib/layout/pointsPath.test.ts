import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pointsPath } from './pointsPath';

/** The vertices a path visits, read back. */
function verticesOf(path: string): { x: number; y: number }[] {
	const points: { x: number; y: number }[] = [];
	let x = 0;
	let y = 0;
	for (const [, command, a, b] of path.matchAll(/([Ml])(-?[\d.]+) (-?[\d.]+)/g)) {
		[x, y] = command === 'M' ? [Number(a), Number(b)] : [x + Number(a), y + Number(b)];
		points.push({ x, y });
	}
	return points;
}

describe('pointsPath', () => {
	it('moves to the first point, then draws relative lines, without leading zeros', () => {
		expect(
			pointsPath([
				{ x: 0.5, y: -0.25 },
				{ x: 0.6, y: -0.3 },
				{ x: 2, y: 1 }
			])
		).toBe('M.5 -.25l.1 -.05l1.4 1.3');
	});

	it('gives a lone point a zero-length segment, so that its markers are drawn', () => {
		expect(pointsPath([{ x: 1, y: 2 }])).toBe('M1 2l0 0');
	});

	it('is empty for no points', () => {
		expect(pointsPath([])).toBe('');
	});

	it('visits every point within rounding, with no drift along the path', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						x: fc.double({ min: -2, max: 2, noNaN: true }),
						y: fc.double({ min: -2, max: 2, noNaN: true })
					}),
					{ minLength: 2, maxLength: 300 }
				),
				(points) => {
					const back = verticesOf(pointsPath(points));
					return (
						back.length === points.length &&
						back.every((p, i) => Math.abs(p.x - points[i]!.x) < 1e-4 && Math.abs(p.y - points[i]!.y) < 1e-4)
					);
				}
			)
		);
	});
});
