/**
 * Seat layout for a parliament "hemicycle" chart: every seat of a chamber placed on concentric arched rows,
 * each group a wedge from left to right in the order given. Pure and deterministic, for any chamber size.
 *
 * Coordinates follow SVG: the arch's centre is at (0, 0), x grows to the right and y grows downward, so an
 * arch of 180° or less opens upward and all its seats have y ≤ 0. Angles are in radians as seen on
 * screen: 0 points right, π/2 straight up, π left. Draw the seats as circles of `seatRadius` and use
 * `bounds` as the SVG viewBox.
 *
 * Geometry (see `hemicycleRows.ts`): the rows fill the band between `innerRadius` and `outerRadius`, one
 * row spacing apart; seats in a row are at least one spacing apart along the arc, so all seats are the
 * same size and never overlap. A row of k seats is cut into k equal slices of the span, with a seat at
 * the middle of each slice, so a lone seat sits at the top and every row is mirror-symmetric.
 *
 * The seat allocation is ours, as d3 has nothing comparable: rows, capacities, the largest-remainder share
 * of each row, symmetric slots, the groups' wedges and the majority line. d3-array gives the sums and the
 * bounds (`sum`, `extent`).
 */
import { extent, sum } from 'd3-array';
import {
	closestSeatsInRow,
	maxRows,
	rowCount,
	rowGeometry,
	seatsLeftToRight,
	seatsPerRow,
	type FillStrategy
} from './hemicycleRows';

export type { FillStrategy } from './hemicycleRows';

/** A group (party, parliamentary group, bloc) and its number of seats. */
export interface HemicycleGroup {
	id: string;
	/** A whole number, 0 or more. A group with 0 seats gets no seats but keeps its place in the order. */
	seats: number;
}

export interface HemicycleOptions {
	/** The angle the arch spans, in degrees, centred on straight up; more than 0, at most 360. Default 180. */
	spanDegrees?: number;
	/** The outer edge of the outermost row, in layout units. Default 1. */
	outerRadius?: number;
	/** The inner edge of the innermost row, as a fraction of `outerRadius`; 0 or more, below 1. Default 0.4. */
	innerRatio?: number;
	/** The fewest rows to use, even when fewer would hold every seat; a whole number, 1 to 2000. Default 1. */
	minRows?: number;
	/**
	 * A seat's diameter as a fraction of the row spacing; more than 0, at most 1. Default 0.8. Above about
	 * 0.9, seats in very short rows are made a little smaller, so that seats never overlap.
	 */
	seatSize?: number;
	/**
	 * How seats are shared between rows. `'even'` (default): in proportion to each row's capacity, so the
	 * seats are equally spaced in every row. `'dense'`: outer rows are filled first ("compact rows").
	 */
	fill?: FillStrategy;
}

export interface HemicycleSeat {
	/** The seat's centre, in layout units; x = 0 is the arch's axis of symmetry. */
	x: number;
	/** The seat's centre, in layout units; y grows downward (SVG), so seats above the centre have y < 0. */
	y: number;
	/** The seat's row: 0 is the innermost. */
	row: number;
	/** Direction of the seat from the arch's centre, in radians: 0 right, π/2 straight up, π left. */
	angle: number;
	/** The `id` of the seat's group. */
	group: string;
	/** The seat's position in left-to-right order, from 0; also its position in `HemicycleLayout.seats`. */
	index: number;
}

export interface HemicycleLayout {
	/** Every seat, in left-to-right order. */
	seats: HemicycleSeat[];
	/** The radius to draw each seat with, in layout units. */
	seatRadius: number;
	/** The number of rows. Inner rows may be empty with `fill: 'dense'` or a high `minRows`. */
	rows: number;
	/** The radius of each row's centre line, innermost row first. */
	rowRadii: number[];
	/** The distance between neighbouring rows, in layout units. */
	rowSpacing: number;
	/** The inner edge of the band the rows fill, in layout units. */
	innerRadius: number;
	/** The outer edge of the band the rows fill, in layout units. */
	outerRadius: number;
	/** The angle the arch spans, in radians. */
	spanAngle: number;
	/** The smallest box holding every seat's circle, for an SVG viewBox; the outer half circle if no seats. */
	bounds: { x: number; y: number; width: number; height: number };
}

const defaults: Required<HemicycleOptions> = {
	spanDegrees: 180,
	outerRadius: 1,
	innerRatio: 0.4,
	minRows: 1,
	seatSize: 0.8,
	fill: 'even'
};

/** The most seats `hemicycleSeats` will lay out: far above any real chamber, well within its speed. */
export const maxHemicycleSeats = 10_000;

/**
 * Places every seat of a chamber on the arch and gives each group a contiguous wedge, left to right in the
 * order of `groups`. Seats are ordered by angle from left to right; seats at exactly the same angle are
 * ordered from the innermost row out.
 *
 * @throws Error for a negative or fractional seat count, more than `maxHemicycleSeats` seats in all, or
 *   an option out of its range.
 */
export function hemicycleSeats(
	groups: readonly HemicycleGroup[],
	options: HemicycleOptions = {}
): HemicycleLayout {
	const resolved = { ...defaults, ...withoutUndefined(options) };
	const { spanDegrees, outerRadius, innerRatio, minRows, seatSize, fill } = checkedOptions(resolved);
	const total = totalSeats(groups);
	const span = (spanDegrees * Math.PI) / 180;
	const innerRadius = innerRatio * outerRadius;
	const rows = rowCount(total, minRows, innerRadius, outerRadius, span);
	const { radii, spacing, capacities } = rowGeometry(rows, innerRadius, outerRadius, span);
	const perRow = seatsPerRow(total, capacities, fill);

	const placed = seatsLeftToRight(perRow, radii, span);
	// A plain loop: flatMap made the whole layout noticeably slower.
	const owners: string[] = [];
	for (const group of groups) for (let seat = 0; seat < group.seats; seat++) owners.push(group.id);
	const seats = placed.map(({ x, y, row, offset }, index) => ({
		x,
		y,
		row,
		angle: Math.PI / 2 - offset,
		group: owners[index] ?? '',
		index
	}));
	const seatRadius = Math.min((seatSize * spacing) / 2, closestSeatsInRow(perRow, radii, span) / 2);
	return {
		seats,
		seatRadius,
		rows,
		rowRadii: radii,
		rowSpacing: spacing,
		innerRadius,
		outerRadius,
		spanAngle: span,
		bounds: seatBounds(seats, seatRadius, outerRadius)
	};
}

export interface MajorityLineOptions {
	/** How far the line reaches past the inner and the outer radius, in row spacings. Default 0.5. */
	overhang?: number;
}

/** A radial line, from (x1, y1) near the inner radius to (x2, y2) beyond the outer radius. */
export interface MajorityLine {
	/** The line's direction from the arch's centre, in radians (0 right, π/2 up, π left). */
	angle: number;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/**
 * The radial line between the first `seatsNeeded` seats from the left and the rest, e.g. to mark a
 * majority: it runs midway between the angles of seats `seatsNeeded − 1` and `seatsNeeded`. With 0 or all
 * seats it runs along the left or right end of the arch. Seats at exactly the same angle in different rows
 * cannot be split by a radial line: it then passes through both.
 *
 * @throws Error unless `seatsNeeded` is a whole number from 0 to the number of seats.
 */
export function majorityLine(
	layout: HemicycleLayout,
	seatsNeeded: number,
	{ overhang = 0.5 }: MajorityLineOptions = {}
): MajorityLine {
	const { seats, spanAngle, innerRadius, outerRadius, rowSpacing } = layout;
	if (!Number.isInteger(seatsNeeded) || seatsNeeded < 0 || seatsNeeded > seats.length)
		throw new Error(`seatsNeeded must be a whole number from 0 to ${seats.length} (got ${seatsNeeded}).`);
	const angle = boundaryAngle(seats, seatsNeeded, spanAngle);
	const from = Math.max(0, innerRadius - overhang * rowSpacing);
	const to = outerRadius + overhang * rowSpacing;
	return {
		angle,
		x1: from * Math.cos(angle),
		y1: -from * Math.sin(angle),
		x2: to * Math.cos(angle),
		y2: -to * Math.sin(angle)
	};
}

/** The angle between the first `count` seats from the left and the rest: see `majorityLine`. */
function boundaryAngle(seats: readonly HemicycleSeat[], count: number, span: number): number {
	const lastBefore = seats[count - 1];
	const firstAfter = seats[count];
	if (!lastBefore) return Math.PI / 2 + span / 2;
	if (!firstAfter) return Math.PI / 2 - span / 2;
	return (lastBefore.angle + firstAfter.angle) / 2;
}

/** The box around every seat's circle; with no seats, the box around the outer half circle. */
function seatBounds(seats: readonly HemicycleSeat[], seatRadius: number, outerRadius: number) {
	if (seats.length === 0)
		return { x: -outerRadius, y: -outerRadius, width: 2 * outerRadius, height: outerRadius };
	const [left, right] = extent(seats, ({ x }) => x) as [number, number];
	const [top, bottom] = extent(seats, ({ y }) => y) as [number, number];
	return {
		x: left - seatRadius,
		y: top - seatRadius,
		width: right - left + 2 * seatRadius,
		height: bottom - top + 2 * seatRadius
	};
}

function totalSeats(groups: readonly HemicycleGroup[]): number {
	for (const { id, seats } of groups) {
		if (!Number.isInteger(seats) || seats < 0)
			throw new Error(`Group "${id}" has ${seats} seats; a seat count must be a whole number, 0 or more.`);
	}
	const total = sum(groups, (group) => group.seats);
	if (total > maxHemicycleSeats)
		throw new Error(`The groups have ${total} seats in all; a hemicycle holds at most ${maxHemicycleSeats}.`);
	return total;
}

/** `options` without the keys set to undefined, so that spreading it over the defaults keeps them. */
function withoutUndefined(options: HemicycleOptions): HemicycleOptions {
	return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** The options, once every one is known to be in its range (JavaScript callers get no type checks). */
function checkedOptions(options: Required<HemicycleOptions>): Required<HemicycleOptions> {
	const { spanDegrees, outerRadius, innerRatio, minRows, seatSize, fill } = options;
	const problems = [
		!(spanDegrees > 0 && spanDegrees <= 360) && `spanDegrees must be more than 0 and at most 360`,
		!(outerRadius > 0 && Number.isFinite(outerRadius)) && `outerRadius must be a positive number`,
		!(innerRatio >= 0 && innerRatio < 1) && `innerRatio must be 0 or more and below 1`,
		!(Number.isInteger(minRows) && minRows >= 1 && minRows <= maxRows) &&
			`minRows must be a whole number from 1 to ${maxRows}`,
		!(seatSize > 0 && seatSize <= 1) && `seatSize must be more than 0 and at most 1`,
		fill !== 'even' && fill !== 'dense' && `fill must be 'even' or 'dense'`
	].filter(Boolean);
	if (problems.length > 0)
		throw new Error(`Invalid hemicycle options ${JSON.stringify(options)}: ${problems.join('; ')}.`);
	return options;
}
