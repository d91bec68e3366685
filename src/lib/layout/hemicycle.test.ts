/**
 * Tests for the hemicycle seat layout: properties over random chambers (fast-check), then hand-worked cases.
 * The overlap check hashes seats into a grid, so each run is linear in the number of seats.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	hemicycleSeats,
	majorityLine,
	type FillStrategy,
	type HemicycleGroup,
	type HemicycleLayout,
	type HemicycleSeat
} from './hemicycle';
import { rowGeometry } from './hemicycleRows';

/** Float slack for comparisons of computed positions, in layout units (the outer radius is 1). */
const tolerance = 1e-9;

/** 1–15 groups sharing 1–1,000 seats, cut at random points, so some groups may have 0 seats. */
const chamber: fc.Arbitrary<HemicycleGroup[]> = fc
	.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 15 }))
	.chain(([total, groups]) =>
		fc
			.array(fc.integer({ min: 0, max: total }), { minLength: groups - 1, maxLength: groups - 1 })
			.map((cuts) => {
				const edges = [0, ...cuts.sort((a, b) => a - b), total];
				return edges.slice(1).map((edge, i) => ({ id: `g${i}`, seats: edge - (edges[i] ?? 0) }));
			})
	);

const fill = fc.constantFrom<FillStrategy>('even', 'dense');
const spanDegrees = fc.double({ min: 120, max: 180, noNaN: true });

/** Runs `check` on the layout of random chambers, fill strategies and spans. */
function forRandomChambers(
	check: (layout: HemicycleLayout, groups: HemicycleGroup[], options: { fill: FillStrategy }) => void
) {
	fc.assert(
		fc.property(chamber, fill, spanDegrees, (groups, fill, spanDegrees) => {
			check(hemicycleSeats(groups, { fill, spanDegrees }), groups, { fill });
		}),
		{ numRuns: 100 }
	);
}

function totalOf(groups: readonly HemicycleGroup[]): number {
	return groups.reduce((sum, group) => sum + group.seats, 0);
}

/** The closest distance between two seat centres, found through a grid of cells one seat diameter wide. */
function closestPair(seats: readonly HemicycleSeat[], cellSize: number): number {
	const cells = new Map<string, HemicycleSeat[]>();
	const cellOf = (value: number) => Math.floor(value / cellSize);
	for (const seat of seats) {
		const key = `${cellOf(seat.x)},${cellOf(seat.y)}`;
		cells.set(key, [...(cells.get(key) ?? []), seat]);
	}
	let closest = Infinity;
	for (const seat of seats) {
		for (let dx = -1; dx <= 1; dx++) {
			for (let dy = -1; dy <= 1; dy++) {
				for (const other of cells.get(`${cellOf(seat.x) + dx},${cellOf(seat.y) + dy}`) ?? []) {
					if (other !== seat) closest = Math.min(closest, Math.hypot(seat.x - other.x, seat.y - other.y));
				}
			}
		}
	}
	return closest;
}

function seatsPerRowOf(layout: HemicycleLayout): number[] {
	const counts = layout.rowRadii.map(() => 0);
	for (const seat of layout.seats) counts[seat.row] = (counts[seat.row] ?? 0) + 1;
	return counts;
}

describe('hemicycleSeats, properties over random chambers', () => {
	it('lays out exactly the seats asked for, each group getting its own count', () => {
		forRandomChambers((layout, groups) => {
			expect(layout.seats).toHaveLength(totalOf(groups));
			const counts = groups.map((group) => layout.seats.filter((seat) => seat.group === group.id).length);
			expect(counts).toEqual(groups.map((group) => group.seats));
		});
	});

	it('never overlaps two seats', () => {
		forRandomChambers((layout) => {
			expect(closestPair(layout.seats, 2 * layout.seatRadius)).toBeGreaterThanOrEqual(
				2 * layout.seatRadius - tolerance
			);
		});
	});

	it('gives each group one contiguous run, left to right in the order given', () => {
		forRandomChambers((layout, groups) => {
			const expected = groups.flatMap((group) => Array<string>(group.seats).fill(group.id));
			expect(layout.seats.map((seat) => seat.group)).toEqual(expected);
			const outOfOrder = layout.seats.filter(
				(seat, i) => seat.index !== i || seat.angle > (layout.seats[i - 1]?.angle ?? Infinity)
			);
			expect(outOfOrder).toEqual([]);
		});
	});

	it('is mirror-symmetric: every seat at (x, y) has a twin at (−x, y) in its row', () => {
		forRandomChambers((layout) => {
			const rows = layout.rowRadii.map((): HemicycleSeat[] => []);
			for (const seat of layout.seats) rows[seat.row]?.push(seat);
			const untwinned = rows.flatMap((row) => {
				const byX = [...row].sort((a, b) => a.x - b.x);
				return byX.filter((seat, i) => {
					const twin = byX[byX.length - 1 - i];
					return !twin || Math.abs(twin.x + seat.x) > tolerance || Math.abs(twin.y - seat.y) > tolerance;
				});
			});
			expect(untwinned).toEqual([]);
		});
	});

	it('keeps every seat inside the bounds, on its row, above the centre, and within capacity', () => {
		forRandomChambers((layout) => {
			const { x, y, width, height } = layout.bounds;
			const r = layout.seatRadius;
			const misplaced = layout.seats.filter(
				(seat) =>
					seat.x - r < x - tolerance ||
					seat.x + r > x + width + tolerance ||
					seat.y - r < y - tolerance ||
					seat.y + r > y + height + tolerance ||
					Math.abs(Math.hypot(seat.x, seat.y) - (layout.rowRadii[seat.row] ?? NaN)) > tolerance ||
					seat.y >= 0
			);
			expect(misplaced).toEqual([]);
			const { capacities } = rowGeometry(
				layout.rows,
				layout.innerRadius,
				layout.outerRadius,
				layout.spanAngle
			);
			const overfull = seatsPerRowOf(layout).filter((count, row) => count > (capacities[row] ?? 0));
			expect(overfull).toEqual([]);
		});
	});

	it('uses the fewest rows that hold every seat', () => {
		forRandomChambers((layout, groups) => {
			if (layout.rows === 1) return;
			const fewer = rowGeometry(layout.rows - 1, layout.innerRadius, layout.outerRadius, layout.spanAngle);
			expect(fewer.capacities.reduce((sum, capacity) => sum + capacity, 0)).toBeLessThan(totalOf(groups));
		});
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(chamber, fill, spanDegrees, (groups, fill, spanDegrees) => {
				expect(hemicycleSeats(groups, { fill, spanDegrees })).toEqual(
					hemicycleSeats(groups, { fill, spanDegrees })
				);
			}),
			{ numRuns: 20 }
		);
	});
});

describe('hemicycleSeats, worked cases', () => {
	it('seats the French National Assembly (577) in 13 rows of equally crowded seats', () => {
		const layout = hemicycleSeats([{ id: 'AN', seats: 577 }]);
		expect(layout.rows).toBe(13);
		expect(layout.rowSpacing).toBeCloseTo(0.6 / 13, 12);
		expect(layout.seatRadius).toBeCloseTo(0.4 * layout.rowSpacing, 12);
		expect(seatsPerRowOf(layout)).toEqual([26, 29, 33, 36, 39, 41, 44, 47, 50, 54, 57, 59, 62]);
	});

	it('puts a lone seat at the top of a single row', () => {
		const layout = hemicycleSeats([{ id: 'solo', seats: 1 }]);
		expect(layout.rows).toBe(1);
		expect(layout.seats).toEqual([{ x: 0, y: -0.7, row: 0, angle: Math.PI / 2, group: 'solo', index: 0 }]);
		expect(layout.bounds).toEqual({ x: -0.24, y: -0.94, width: 0.48, height: 0.48 });
	});

	it('puts two seats side by side, left one first', () => {
		const [left, right] = hemicycleSeats([
			{ id: 'a', seats: 1 },
			{ id: 'b', seats: 1 }
		]).seats;
		expect(left).toMatchObject({ group: 'a', row: 0, angle: (3 * Math.PI) / 4 });
		expect(right).toMatchObject({ group: 'b', row: 0, angle: Math.PI / 4 });
		expect(left?.x).toBeCloseTo(-(right?.x ?? NaN), 12);
	});

	it('gives a group with no seats no seats, and keeps its neighbours in order', () => {
		const layout = hemicycleSeats([
			{ id: 'left', seats: 3 },
			{ id: 'empty', seats: 0 },
			{ id: 'right', seats: 4 }
		]);
		expect(layout.seats.map((seat) => seat.group).join(' ')).toBe('left left left right right right right');
	});

	it('fills the outer rows to capacity first with the dense strategy', () => {
		const layout = hemicycleSeats([{ id: 'AN', seats: 577 }], { fill: 'dense' });
		const { capacities } = rowGeometry(13, 0.4, 1, Math.PI);
		const perRow = seatsPerRowOf(layout);
		expect(perRow.slice(2)).toEqual(capacities.slice(2));
		expect(perRow[0]).toBe(0);
		expect(perRow.reduce((sum, count) => sum + count, 0)).toBe(577);
	});

	it('honours minRows, outerRadius and innerRatio', () => {
		const layout = hemicycleSeats([{ id: 'a', seats: 10 }], {
			minRows: 5,
			outerRadius: 200,
			innerRatio: 0.5
		});
		expect(layout.rows).toBe(5);
		expect(layout.innerRadius).toBe(100);
		expect(layout.rowRadii).toEqual([110, 130, 150, 170, 190]);
	});

	it('lays out an empty chamber and a 10,000-seat one', () => {
		expect(hemicycleSeats([{ id: 'a', seats: 0 }]).seats).toEqual([]);
		expect(hemicycleSeats([{ id: 'a', seats: 10_000 }]).seats).toHaveLength(10_000);
	});

	it('throws a clear error for impossible seat counts and options', () => {
		expect(() => hemicycleSeats([{ id: 'LR', seats: -1 }])).toThrow(/"LR" has -1 seats/);
		expect(() => hemicycleSeats([{ id: 'LR', seats: 2.5 }])).toThrow(/whole number/);
		expect(() => hemicycleSeats([{ id: 'LR', seats: NaN }])).toThrow(/whole number/);
		expect(() =>
			hemicycleSeats([
				{ id: 'a', seats: 6000 },
				{ id: 'b', seats: 4001 }
			])
		).toThrow(/at most 10000/);
		expect(() => hemicycleSeats([{ id: 'a', seats: 5 }], { spanDegrees: 0 })).toThrow(/spanDegrees/);
		expect(() => hemicycleSeats([{ id: 'a', seats: 5 }], { innerRatio: 1 })).toThrow(/innerRatio/);
		expect(() => hemicycleSeats([{ id: 'a', seats: 5 }], { minRows: 0 })).toThrow(/minRows/);
		expect(() => hemicycleSeats([{ id: 'a', seats: 5 }], { seatSize: 1.5 })).toThrow(/seatSize/);
	});

	it('keeps defaults for options passed as undefined', () => {
		const groups = [{ id: 'a', seats: 50 }];
		expect(hemicycleSeats(groups, { fill: undefined, spanDegrees: undefined })).toEqual(
			hemicycleSeats(groups)
		);
	});

	it('shrinks seats rather than let them overlap when seatSize is 1', () => {
		const layout = hemicycleSeats([{ id: 'a', seats: 2 }], { seatSize: 1 });
		expect(closestPair(layout.seats, 2 * layout.seatRadius)).toBeGreaterThanOrEqual(2 * layout.seatRadius);
	});
});

describe('majorityLine', () => {
	const layout = hemicycleSeats([
		{ id: 'left', seats: 289 },
		{ id: 'right', seats: 288 }
	]);

	it('separates the first seatsNeeded seats from the rest with a radial line', () => {
		const line = majorityLine(layout, 289);
		for (const seat of layout.seats) {
			if (seat.group === 'left') expect(seat.angle).toBeGreaterThanOrEqual(line.angle);
			else expect(seat.angle).toBeLessThanOrEqual(line.angle);
		}
		expect(Math.atan2(-line.y1, line.x1)).toBeCloseTo(line.angle, 12);
		expect(Math.atan2(-line.y2, line.x2)).toBeCloseTo(line.angle, 12);
	});

	it('reaches half a row spacing past the inner and the outer radius', () => {
		const line = majorityLine(layout, 289);
		expect(Math.hypot(line.x1, line.y1)).toBeCloseTo(layout.innerRadius - layout.rowSpacing / 2, 12);
		expect(Math.hypot(line.x2, line.y2)).toBeCloseTo(layout.outerRadius + layout.rowSpacing / 2, 12);
	});

	it('runs along the ends of the arch for 0 and all seats, and rejects anything else', () => {
		expect(majorityLine(layout, 0).angle).toBeCloseTo(Math.PI, 12);
		expect(majorityLine(layout, 577).angle).toBeCloseTo(0, 12);
		expect(() => majorityLine(layout, 578)).toThrow(/from 0 to 577/);
		expect(() => majorityLine(layout, 1.5)).toThrow(/whole number/);
	});
});
