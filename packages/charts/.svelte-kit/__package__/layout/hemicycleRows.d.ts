/**
 * Row arithmetic for the hemicycle seat layout (see `hemicycle.ts`): how many concentric rows a chamber
 * needs, where they sit, how many seats each can hold, how a chamber's seats are shared between them, and
 * where each seat goes.
 *
 * The rows split the band between the inner and the outer radius into equal rings, one row spacing wide;
 * a row's seats sit on the middle circle of its ring. Seats in a row are kept at least one row spacing
 * apart along the arc, so seats are the same size and equally crowded in every row, as in ParliamentArch
 * and David Richfield's parliament diagram tool.
 */
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
export declare function rowGeometry(rows: number, innerRadius: number, outerRadius: number, span: number): RowGeometry;
/** A generous ceiling on the row search, so a nonsensical arch (a sliver of a degree) fails loudly. */
export declare const maxRows = 2000;
/**
 * The fewest rows, and at least `minRows`, whose capacities add up to `seats` or more.
 *
 * @throws Error if even `maxRows` rows cannot hold the seats (only for absurdly narrow spans).
 */
export declare function rowCount(seats: number, minRows: number, innerRadius: number, outerRadius: number, span: number): number;
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
export declare function seatsPerRow(seats: number, capacities: readonly number[], fill: FillStrategy): number[];
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
export declare function seatsLeftToRight(perRow: readonly number[], radii: readonly number[], span: number): PlacedSeat[];
/**
 * The distance between the closest two seats in any one row (Infinity if no row has two). Seats in
 * different rows are always at least a row spacing apart, so only rows can bring seats closer than that.
 */
export declare function closestSeatsInRow(perRow: readonly number[], radii: readonly number[], span: number): number;
