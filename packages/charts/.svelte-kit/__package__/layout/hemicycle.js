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
 */
import { closestSeatsInRow, maxRows, rowCount, rowGeometry, seatsLeftToRight, seatsPerRow } from './hemicycleRows.js';
const defaults = {
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
export function hemicycleSeats(groups, options = {}) {
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
    const owners = [];
    for (const group of groups)
        for (let seat = 0; seat < group.seats; seat++)
            owners.push(group.id);
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
/**
 * The radial line between the first `seatsNeeded` seats from the left and the rest, e.g. to mark a
 * majority: it runs midway between the angles of seats `seatsNeeded − 1` and `seatsNeeded`. With 0 or all
 * seats it runs along the left or right end of the arch. Seats at exactly the same angle in different rows
 * cannot be split by a radial line: it then passes through both.
 *
 * @throws Error unless `seatsNeeded` is a whole number from 0 to the number of seats.
 */
export function majorityLine(layout, seatsNeeded, { overhang = 0.5 } = {}) {
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
function boundaryAngle(seats, count, span) {
    const lastBefore = seats[count - 1];
    const firstAfter = seats[count];
    if (!lastBefore)
        return Math.PI / 2 + span / 2;
    if (!firstAfter)
        return Math.PI / 2 - span / 2;
    return (lastBefore.angle + firstAfter.angle) / 2;
}
/** The box around every seat's circle; with no seats, the box around the outer half circle. */
function seatBounds(seats, seatRadius, outerRadius) {
    if (seats.length === 0)
        return { x: -outerRadius, y: -outerRadius, width: 2 * outerRadius, height: outerRadius };
    let left = Infinity;
    let right = -Infinity;
    let top = Infinity;
    let bottom = -Infinity;
    for (const { x, y } of seats) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
    }
    return {
        x: left - seatRadius,
        y: top - seatRadius,
        width: right - left + 2 * seatRadius,
        height: bottom - top + 2 * seatRadius
    };
}
function totalSeats(groups) {
    for (const { id, seats } of groups) {
        if (!Number.isInteger(seats) || seats < 0)
            throw new Error(`Group "${id}" has ${seats} seats; a seat count must be a whole number, 0 or more.`);
    }
    const total = groups.reduce((sum, group) => sum + group.seats, 0);
    if (total > maxHemicycleSeats)
        throw new Error(`The groups have ${total} seats in all; a hemicycle holds at most ${maxHemicycleSeats}.`);
    return total;
}
/** `options` without the keys set to undefined, so that spreading it over the defaults keeps them. */
function withoutUndefined(options) {
    return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
/** The options, once every one is known to be in its range (JavaScript callers get no type checks). */
function checkedOptions(options) {
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
