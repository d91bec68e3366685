/**
 * Row arithmetic for the hemicycle seat layout (see `hemicycle.ts`): how many concentric rows a chamber
 * needs, where they sit, how many seats each can hold, how a chamber's seats are shared between them, and
 * where each seat goes.
 *
 * The rows split the band between the inner and the outer radius into equal rings, one row spacing wide;
 * a row's seats sit on the middle circle of its ring. Seats in a row are kept at least one row spacing
 * apart along the arc, so seats are the same size and equally crowded in every row, as in ParliamentArch
 * and David Richfield's parliament diagram tool.
 *
 * All of it is ours: d3 has no parliament layout (d3-parliament is an unmaintained d3 v3 plugin). Only the
 * sums are d3-array's `sum`.
 */
import { sum } from 'd3-array';

/** How seats are shared between rows: see `seatsPerRow`. */
export type FillStrategy = 'even' | 'dense';

/** The rows of one arch. All lengths are in the same units as the radii given. */
export interface RowGeometry {
	/** Radius of each row's centre line, innermost row first. */
	radii: number[];
	/** Distance between neighbouring rows; also the least arc length between neighbouring seats in a row. */
	spacing: number;
	/** The most seats each row can hold, innermost row first. */
	capacities: number[];
}

/**
 * The rows when the band from `innerRadius` to `outerRadius` is split into `rows` equal rings, for an arch
 * spanning `span` radians.
 */
export function rowGeometry(
	rows: number,
	innerRadius: number,
	outerRadius: number,
	span: number
): RowGeometry {
	const spacing = (outerRadius - innerRadius) / rows;
	const radii = Array.from({ length: rows }, (_, row) => innerRadius + (row + 0.5) * spacing);
	// A row of radius r is span·r long; seats one spacing apart fit ⌊span·r / spacing⌋ times.
	const capacities = radii.map((radius) => Math.floor((span * radius) / spacing));
	return { radii, spacing, capacities };
}

/** A generous ceiling on the row search, so a nonsensical arch (a sliver of a degree) fails loudly. */
export const maxRows = 2000;

/**
 * The fewest rows, and at least `minRows`, whose capacities add up to `seats` or more.
 *
 * @throws Error if even `maxRows` rows cannot hold the seats (only for absurdly narrow spans).
 */
export function rowCount(
	seats: number,
	minRows: number,
	innerRadius: number,
	outerRadius: number,
	span: number
): number {
	for (let rows = minRows; rows <= maxRows; rows++) {
		if (sum(rowGeometry(rows, innerRadius, outerRadius, span).capacities) >= seats) return rows;
	}
	throw new Error(`The arch is too narrow to hold ${seats} seats in ${maxRows} rows; widen the span.`);
}

/**
 * How many of `seats` seats go in each row, innermost row first; never more than a row's capacity.
 *
 * - `'even'`: each row gets a share in proportion to its capacity, rounded by largest remainder so the
 *   shares add up exactly. Every row is then about equally full, so seats are evenly spaced across rows.
 * - `'dense'`: the outermost row is filled to capacity, then the next one in, and so on; the inner rows
 *   take what is left and may be partly filled or empty.
 *
 * Assumes the capacities add up to at least `seats` (as `rowCount` ensures).
 */
export function seatsPerRow(seats: number, capacities: readonly number[], fill: FillStrategy): number[] {
	return fill === 'dense' ? outerRowsFirst(seats, capacities) : proportionalShares(seats, capacities);
}

function proportionalShares(seats: number, capacities: readonly number[]): number[] {
	const total = sum(capacities);
	if (total === 0) return capacities.map(() => 0);
	// Integer arithmetic throughout, so rounding never depends on floating-point noise.
	const remainders = capacities.map((capacity) => (seats * capacity) % total);
	const shares = capacities.map((capacity, row) => (seats * capacity - (remainders[row] ?? 0)) / total);
	const leftOver = seats - sum(shares);
	// Largest remainders get the left-over seats; ties go to the outer row, which has more room.
	const byRemainder = shares
		.map((_, row) => row)
		.sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || b - a);
	for (const row of byRemainder.slice(0, leftOver)) shares[row] = (shares[row] ?? 0) + 1;
	return shares;
}

function outerRowsFirst(seats: number, capacities: readonly number[]): number[] {
	const shares = capacities.map(() => 0);
	let left = seats;
	for (let row = capacities.length - 1; row >= 0 && left > 0; row--) {
		const taken = Math.min(capacities[row] ?? 0, left);
		shares[row] = taken;
		left -= taken;
	}
	return shares;
}

/** A seat's place on the arch, before it is ordered and given to a group. */
export interface PlacedSeat {
	/** The centre, in the radii's units; y grows downward (SVG). */
	x: number;
	y: number;
	/** The row: 0 is the innermost. */
	row: number;
	/** Angle from straight up, in radians, positive to the right. */
	offset: number;
}

/**
 * Every seat, given `perRow[i]` seats in the row of radius `radii[i]`, ordered from left to right: by
 * angle, and from the innermost row out where angles are exactly equal, so that cutting the order into
 * runs gives wedges that cross every row.
 */
export function seatsLeftToRight(
	perRow: readonly number[],
	radii: readonly number[],
	span: number
): PlacedSeat[] {
	// Plain loops rather than flatMap: flatMap made the whole layout twice as slow.
	const seats: PlacedSeat[] = [];
	perRow.forEach((count, row) => seats.push(...rowSeats(count, row, radii[row] ?? 0, span)));
	return seats.sort((a, b) => a.offset - b.offset || a.row - b.row);
}

/** The `count` seats of one row, each at the middle of one of `count` equal slices of the span. */
function rowSeats(count: number, row: number, radius: number, span: number): PlacedSeat[] {
	const seats: PlacedSeat[] = [];
	for (let slot = 0; slot < count; slot++) {
		// Slot j's centre is (2j + 1 − count) / (2·count) of the span from the top. Mirror slots get exactly
		// opposite integers, so the row is exactly symmetric and the middle seat exactly at the top.
		const offset = span * ((2 * slot + 1 - count) / (2 * count));
		seats.push({ x: radius * Math.sin(offset), y: -radius * Math.cos(offset), row, offset });
	}
	return seats;
}

/**
 * The distance between the closest two seats in any one row (Infinity if no row has two). Seats in
 * different rows are always at least a row spacing apart, so only rows can bring seats closer than that.
 */
export function closestSeatsInRow(perRow: readonly number[], radii: readonly number[], span: number): number {
	return perRow.reduce((closest, count, row) => {
		if (count < 2) return closest;
		// Neighbours are span/count apart in angle: a chord of 2·r·sin(span / (2·count)).
		return Math.min(closest, 2 * (radii[row] ?? 0) * Math.sin(span / (2 * count)));
	}, Infinity);
}
