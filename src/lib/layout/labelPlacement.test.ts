/**
 * Tests for direct label placement: hand-worked layouts, then properties over random plots (fast-check).
 * Collisions are judged with the geometry predicates, which have their own tests (geometry.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	boxCircleOverlap,
	boxesOverlap,
	segmentBoxOverlap,
	segmentCircleOverlap,
	type Box
} from './geometry';
import {
	labelPlacement,
	maxLeaderDistance,
	type LabelBounds,
	type LabelPoint,
	type PlacedLabel
} from './labelPlacement';

/** Float slack for comparisons of computed positions, in px. */
const tolerance = 1e-9;
const plot: LabelBounds = { x0: 0, y0: 0, x1: 600, y1: 400 };
const gap = 3;

/** A point with a 5 px dot and a 40 × 14 label unless told otherwise. */
function point(id: string, x: number, y: number, size: Partial<LabelPoint> = {}): LabelPoint {
	return { id, x, y, r: 5, width: 40, height: 14, ...size };
}

function boxOf(label: PlacedLabel): Box {
	return { x: label.x, y: label.y, width: label.width, height: label.height };
}

function insidePlot(box: Box, bounds: LabelBounds): boolean {
	return (
		box.x >= bounds.x0 - tolerance &&
		box.y >= bounds.y0 - tolerance &&
		box.x + box.width <= bounds.x1 + tolerance &&
		box.y + box.height <= bounds.y1 + tolerance
	);
}

/** What a label's box collides with among the other labels, their leaders, all dots and the plot's edges. */
function collisionsOf(
	box: Box,
	index: number,
	labels: readonly PlacedLabel[],
	points: readonly LabelPoint[],
	bounds: LabelBounds
): string[] {
	return [
		...(insidePlot(box, bounds) ? [] : ['the plot edge']),
		...points
			.filter((p) => boxCircleOverlap(box, { x: p.x, y: p.y, r: p.r + gap }))
			.map((p) => `dot ${p.id}`),
		...labels.flatMap((label, other) => {
			if (other === index) return [];
			return [
				...(boxesOverlap(box, boxOf(label)) ? [`label ${label.id}`] : []),
				...(label.leader && segmentBoxOverlap(label.leader, box) ? [`leader ${label.id}`] : [])
			];
		})
	];
}

/** The eight usual label boxes around a dot, worked out independently of the layout's code. */
function usualBoxes({ x, y, r, width: w, height: h }: LabelPoint): Box[] {
	const d = r + gap;
	const c = d * Math.SQRT1_2;
	return [
		[x + d, y - h / 2],
		[x - d - w, y - h / 2],
		[x + c, y - c - h],
		[x + c, y + c],
		[x - c - w, y - c - h],
		[x - c - w, y + c],
		[x - w / 2, y - d - h],
		[x - w / 2, y + d]
	].map(([bx = NaN, by = NaN]) => ({ x: bx, y: by, width: w, height: h }));
}

/** Checks a leader line runs from the edge of its dot to the point of its label nearest the dot. */
function expectLeaderFromDotEdge(label: PlacedLabel, p: LabelPoint) {
	const leader = label.leader;
	if (!leader) throw new Error(`label ${label.id} has no leader`);
	expect(Math.hypot(leader.x1 - p.x, leader.y1 - p.y)).toBeCloseTo(p.r, 9);
	expect(leader.x2).toBeCloseTo(Math.max(label.x, Math.min(p.x, label.x + label.width)), 9);
	expect(leader.y2).toBeCloseTo(Math.max(label.y, Math.min(p.y, label.y + label.height)), 9);
	// Start, end and centre in a line, pointing away from the centre.
	const cross = (leader.x1 - p.x) * (leader.y2 - p.y) - (leader.y1 - p.y) * (leader.x2 - p.x);
	expect(Math.abs(cross)).toBeLessThan(1e-6);
	expect(Math.hypot(leader.x2 - p.x, leader.y2 - p.y)).toBeGreaterThan(p.r + gap);
	expect(Math.hypot(leader.x2 - p.x, leader.y2 - p.y)).toBeLessThanOrEqual(
		p.r + gap + maxLeaderDistance + tolerance
	);
}

/** A dot with four dots around it, 20 px away: every usual spot of its label touches one of them. */
const cluster = [
	point('centre', 300, 200, { width: 30, height: 12 }),
	point('e', 320, 200, { r: 6, width: 30, height: 12 }),
	point('w', 280, 200, { r: 6, width: 30, height: 12 }),
	point('n', 300, 180, { r: 6, width: 30, height: 12 }),
	point('s', 300, 220, { r: 6, width: 30, height: 12 })
];

describe('labelPlacement, worked cases', () => {
	it.each<{ name: string; points: LabelPoint[]; bounds?: LabelBounds; expected: Partial<PlacedLabel>[] }>([
		{
			name: 'a lone dot gets its label on the right, centred, gap px from its edge',
			points: [point('a', 100, 100)],
			expected: [{ id: 'a', x: 108, y: 93, width: 40, height: 14, anchor: 'right' }]
		},
		{
			name: 'a dot at the right edge gets its label on the left',
			points: [point('a', 590, 100)],
			expected: [{ x: 542, y: 93, anchor: 'left' }]
		},
		{
			name: 'a dot in the top-right corner gets its label below left, touching the gap ring at a corner',
			points: [point('a', 590, 5)],
			expected: [{ x: 590 - 8 * Math.SQRT1_2 - 40, y: 5 + 8 * Math.SQRT1_2, anchor: 'bottom-left' }]
		},
		{
			name: 'a dot at the top edge keeps its label on the right, slid down inside the plot',
			points: [point('a', 100, 3, { r: 3 })],
			bounds: { x0: 0, y0: 0, x1: 600, y1: 16 },
			expected: [{ x: 106, y: 0, anchor: 'right' }]
		},
		{
			name: 'two dots side by side label outwards: left one left, right one right',
			points: [point('a', 200, 200), point('b', 250, 200)],
			expected: [
				{ id: 'a', x: 152, y: 193, anchor: 'left' },
				{ id: 'b', x: 258, y: 193, anchor: 'right' }
			]
		},
		{
			name: 'two dots one above the other both keep their labels on the right',
			points: [point('a', 200, 200), point('b', 200, 215)],
			expected: [
				{ id: 'a', x: 208, y: 193, anchor: 'right' },
				{ id: 'b', x: 208, y: 208, anchor: 'right' }
			]
		},
		{
			name: 'in a tight plot, a placed label moves to another of its spots rather than force a leader',
			// Once b and c are placed (most constrained first), a has no free spot; moving c's label from
			// above its dot to below frees the spot on a's left.
			points: [
				point('a', 80, 15, { height: 12 }),
				point('b', 90, 45, { height: 12 }),
				point('c', 45, 35, { height: 12 })
			],
			bounds: { x0: 0, y0: 0, x1: 120, y1: 60 },
			expected: [
				{ id: 'a', x: 32, y: 9, anchor: 'left' },
				{ id: 'b', x: 70, y: 25, anchor: 'top' },
				{ id: 'c', x: 25, y: 43, anchor: 'bottom' }
			]
		},
		{ name: 'no points, no labels', points: [], expected: [] }
	])('$name', ({ points, bounds = plot, expected }) => {
		const labels = labelPlacement(points, { bounds });
		expect(labels).toHaveLength(expected.length);
		expected.forEach((want, index) => {
			const label = labels[index];
			const { x, y, ...exact } = want;
			expect(label).toMatchObject(exact);
			if (x !== undefined) expect(label?.x).toBeCloseTo(x, 9);
			if (y !== undefined) expect(label?.y).toBeCloseTo(y, 9);
			expect(label?.leader).toBeUndefined();
			expect(label?.overlaps).toBeUndefined();
		});
		labels.forEach((label, index) =>
			expect(collisionsOf(boxOf(label), index, labels, points, bounds)).toEqual([])
		);
	});

	it('moves a boxed-in label away, with a leader line from the edge of its dot', () => {
		const labels = labelPlacement(cluster, { bounds: plot });
		const [centre] = labels;
		expect(centre).toMatchObject({ id: 'centre', anchor: 'displaced' });
		expect(centre?.overlaps).toBeUndefined();
		if (centre && cluster[0]) expectLeaderFromDotEdge(centre, cluster[0]);
		labels.forEach((label, index) => {
			expect(collisionsOf(boxOf(label), index, labels, cluster, plot)).toEqual([]);
			if (label.anchor !== 'displaced') expect(label.leader).toBeUndefined();
		});
		const leader = centre?.leader;
		const crossed = cluster.slice(1).filter((p) => leader && segmentCircleOverlap(leader, { ...p, r: p.r }));
		expect(crossed).toEqual([]);
	});

	it('without leaders, flags the boxed-in label as overlapping and places the rest cleanly', () => {
		const labels = labelPlacement(cluster, { bounds: plot, leader: false });
		expect(labels.map((label) => label.overlaps ?? false)).toEqual([true, false, false, false, false]);
		expect(labels[0]?.anchor).not.toBe('displaced');
		const clean = labels.slice(1);
		clean.forEach((label, index) =>
			expect(collisionsOf(boxOf(label), index, clean, cluster, plot)).toEqual([])
		);
	});

	it('flags a label wider than the plot and keeps it at the plot’s left edge', () => {
		const [label] = labelPlacement([point('a', 50, 50, { width: 200 })], {
			bounds: { x0: 0, y0: 0, x1: 100, y1: 100 }
		});
		expect(label).toMatchObject({ x: 0, overlaps: true });
	});

	it('honours gap', () => {
		const [label] = labelPlacement([point('a', 100, 100)], { bounds: plot, gap: 10 });
		expect(label).toMatchObject({ x: 115, anchor: 'right' });
	});

	it('never throws, even for nonsense input', () => {
		const nonsense = [
			point('nan', NaN, 10),
			point('infinite', Infinity, 10),
			point('negative', 10, 10, { r: -4, width: -10 }),
			point('nan', 10, 10)
		];
		expect(labelPlacement(nonsense, { bounds: plot })).toHaveLength(4);
		expect(labelPlacement(nonsense, { bounds: { x0: 10, y0: 10, x1: 0, y1: 0 } })).toHaveLength(4);
	});
});

const labelSize = {
	r: fc.integer({ min: 3, max: 20 }),
	width: fc.integer({ min: 20, max: 90 }),
	height: fc.integer({ min: 12, max: 16 })
};

/**
 * 1–15 dots inside a 600 × 400 plot whose edges are at least 40 px apart: always room for every label
 * (tens of thousands of runs found none that had to be flagged). Candidates too close to an earlier dot are
 * dropped rather than filtered out, so that generation never stalls.
 */
const sparsePoints: fc.Arbitrary<LabelPoint[]> = fc
	.array(
		fc.record({ x: fc.integer({ min: 20, max: 580 }), y: fc.integer({ min: 20, max: 380 }), ...labelSize }),
		{
			minLength: 1,
			maxLength: 40
		}
	)
	.map((candidates) => {
		const kept: typeof candidates = [];
		for (const c of candidates) {
			const clear = kept.every((k) => Math.hypot(c.x - k.x, c.y - k.y) >= 40 + c.r + k.r);
			if (clear && kept.length < 15) kept.push(c);
		}
		return kept.map((c, index) => ({ id: `p${index}`, ...c }));
	});

/** 1–30 dots crowded into a 200 × 150 plot, so labels often cannot all fit. */
const densePoints: fc.Arbitrary<LabelPoint[]> = fc
	.array(
		fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 150 }), ...labelSize }),
		{
			minLength: 1,
			maxLength: 30
		}
	)
	.map((points) => points.map((p, index) => ({ id: `p${index}`, ...p })));
const densePlot: LabelBounds = { x0: 0, y0: 0, x1: 200, y1: 150 };

describe('labelPlacement, properties over random plots', () => {
	it('places every label clear of the others, of every dot and leader, and inside the plot', () => {
		fc.assert(
			fc.property(sparsePoints, (points) => {
				const labels = labelPlacement(points, { bounds: plot });
				expect(labels.map((label) => label.id)).toEqual(points.map((p) => p.id));
				const problems = labels.flatMap((label, index) =>
					collisionsOf(boxOf(label), index, labels, points, plot).map((what) => `${label.id} hits ${what}`)
				);
				expect(problems).toEqual([]);
				expect(labels.filter((label) => label.overlaps)).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps each label’s size, and gives leader lines exactly to displaced labels, from the dot’s edge', () => {
		fc.assert(
			fc.property(sparsePoints, (points) => {
				labelPlacement(points, { bounds: plot }).forEach((label, index) => {
					const p = points[index];
					expect(label).toMatchObject({ width: p?.width, height: p?.height });
					if (label.anchor === 'displaced' && p) expectLeaderFromDotEdge(label, p);
					else expect(label.leader).toBeUndefined();
				});
			}),
			{ numRuns: 200 }
		);
	});

	it('is deterministic, and does not depend on the order of the input', () => {
		fc.assert(
			fc.property(sparsePoints, fc.infiniteStream(fc.nat()), (points, randoms) => {
				const labels = labelPlacement(points, { bounds: plot });
				expect(labelPlacement(points, { bounds: plot })).toEqual(labels);
				const shuffled = points
					.map((p) => ({ p, key: randoms.next().value }))
					.sort((a, b) => a.key - b.key)
					.map(({ p }) => p);
				const byId = (list: PlacedLabel[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
				expect(byId(labelPlacement(shuffled, { bounds: plot }))).toEqual(byId(labels));
			}),
			{ numRuns: 100 }
		);
	});

	it('never throws when crowded, and flags exactly the labels it could not place cleanly', () => {
		fc.assert(
			fc.property(densePoints, fc.boolean(), (points, leader) => {
				const labels = labelPlacement(points, { bounds: densePlot, leader });
				expect(labels.map((label) => label.id)).toEqual(points.map((p) => p.id));
				// Hiding the flagged labels leaves a clean layout.
				const clean = labels.filter((label) => !label.overlaps);
				const problems = clean.flatMap((label, index) =>
					collisionsOf(boxOf(label), index, clean, points, densePlot).map(
						(what) => `${label.id} hits ${what}`
					)
				);
				expect(problems).toEqual([]);
				// A flagged label does collide, and none of its usual spots was free.
				labels.forEach((label, index) => {
					const p = points[index];
					if (!label.overlaps || !p) return;
					expect(collisionsOf(boxOf(label), index, labels, points, densePlot)).not.toEqual([]);
					const free = usualBoxes(p).filter(
						(box) => collisionsOf(box, index, labels, points, densePlot).length === 0
					);
					expect(free).toEqual([]);
				});
			}),
			{ numRuns: 300 }
		);
	});
});
