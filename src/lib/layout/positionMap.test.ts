import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxCircleOverlap } from './geometry';
import { dodge, positionMapLayout, type PositionMapPoint } from './positionMap';

const steps = ['leave-nato', 'leave-integrated-command', 'stay-european-autonomy', 'stay-and-deepen'];
const point = (id: string, stance: string, x: number | null, value: number): PositionMapPoint => ({
	id,
	label: id.toUpperCase(),
	stance,
	x,
	value,
	trail: [{ stance, date: '2026', x }]
});
// The French parties' 2024 placements and January 2026 seats, as in the project's data.
const parties = [
	point('lfi', 'leave-nato', 0.818, 71),
	point('pcf', 'leave-nato', 1.727, 17),
	point('eco', 'stay-european-autonomy', 2.3, 38),
	point('ps', 'stay-european-autonomy', 3.455, 69),
	point('modem', 'stay-and-deepen', 5.364, 36),
	point('re', 'stay-and-deepen', 6.273, 91),
	point('hor', 'stay-and-deepen', 6.6, 34),
	point('lr', 'stay-and-deepen', 7.727, 49),
	point('rn', 'stay-european-autonomy', 8.818, 122),
	point('rec', 'leave-integrated-command', 9.727, 0),
	point('udr', 'stay-and-deepen', null, 16)
];

describe('positionMapLayout', () => {
	for (const [width, height] of [
		[360, 480],
		[640, 480],
		[900, 560]
	] as const)
		it(`at ${width}×${height}: dots inside the plot, in their band, apart; labels clear of every dot and label`, () => {
			const layout = positionMapLayout(parties, { width, height, steps, domain: [0, 10] });
			expect(layout.omitted).toEqual(['udr']);
			expect(layout.points).toHaveLength(10);
			for (const p of layout.points) {
				const band = layout.bands.find((b) => b.id === parties.find((q) => q.id === p.id)!.stance)!;
				expect(p.cy).toBeGreaterThanOrEqual(band.y0);
				expect(p.cy).toBeLessThanOrEqual(band.y1);
				expect(p.cx - p.r).toBeGreaterThanOrEqual(layout.plot.x0 - 1e-9);
				expect(p.cx + p.r).toBeLessThanOrEqual(layout.plot.x1 + 1e-9);
				expect(p.label.overlaps).toBeUndefined();
			}
			for (const a of layout.points)
				for (const b of layout.points) {
					if (a === b) continue;
					expect(Math.hypot(a.cx - b.cx, a.cy - b.cy), `${a.id}–${b.id}`).toBeGreaterThanOrEqual(a.r + b.r);
					expect(boxesOverlap(a.label, b.label), `labels ${a.id}–${b.id}`).toBe(false);
					expect(
						boxCircleOverlap(a.label, { x: b.cx, y: b.cy, r: b.r }),
						`label ${a.id} on dot ${b.id}`
					).toBe(false);
				}
		});

	it('puts the most sceptical stance at the top and keeps left on the left', () => {
		const layout = positionMapLayout(parties, { width: 640, height: 480, steps, domain: [0, 10] });
		const at = (id: string) => layout.points.find((p) => p.id === id)!;
		expect(at('lfi').cy).toBeLessThan(at('re').cy);
		expect(at('lfi').cx).toBeLessThan(at('rn').cx);
		expect(layout.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
	});

	it('sizes dots by area: four times the seats, twice the radius', () => {
		const layout = positionMapLayout([point('a', 'leave-nato', 2, 100), point('b', 'leave-nato', 8, 25)], {
			width: 640,
			height: 480,
			steps,
			domain: [0, 10]
		});
		const [a, b] = layout.points;
		expect(a!.r / b!.r).toBeCloseTo(2, 5);
	});

	it('draws a trail only where a party has more than one dated placement', () => {
		const moved: PositionMapPoint = {
			...point('pcf', 'leave-nato', 1.727, 17),
			trail: [
				{ stance: 'leave-nato', date: '2019', x: 1.125 },
				{ stance: 'stay-european-autonomy', date: '2022-03-08', x: 1.727 },
				{ stance: 'leave-nato', date: '2026-01-19', x: 1.727 }
			]
		};
		const layout = positionMapLayout([moved, point('lfi', 'leave-nato', 0.8, 71)], {
			width: 640,
			height: 480,
			steps,
			domain: [0, 10]
		});
		expect(layout.trails).toHaveLength(1);
		expect(layout.trails[0]!.points.map((p) => p.date)).toEqual(['2019', '2022-03-08', '2026-01-19']);
		expect(layout.trails[0]!.points[1]!.y).toBeGreaterThan(layout.trails[0]!.points[0]!.y);
	});
});

describe('dodge', () => {
	it('separates overlapping dots and leaves others in place', () => {
		const dots = dodge(
			[
				{ id: 'a', cx: 100, cy: 50, r: 10 },
				{ id: 'b', cx: 105, cy: 50, r: 10 },
				{ id: 'c', cx: 300, cy: 50, r: 10 }
			],
			40
		);
		expect(Math.hypot(dots[0]!.cx - dots[1]!.cx, dots[0]!.cy - dots[1]!.cy)).toBeGreaterThanOrEqual(20);
		expect(dots[2]!.cy).toBe(50);
		expect(dots.map((d) => d.id)).toEqual(['a', 'b', 'c']);
	});
});
