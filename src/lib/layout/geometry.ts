/**
 * Shared geometry predicates for the layouts' collision checks: whether boxes, circles and segments share
 * some area. Touching never counts, and overlaps below `slack` are ignored, so shapes placed exactly side by
 * side (a label `gap` px from its dot) are clear of each other. Coordinates are SVG pixels, y downward.
 */

/** An axis-aligned box: top-left corner (x, y) and size, in px. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A circle: centre (x, y) and radius r, in px. */
export interface Circle {
	x: number;
	y: number;
	r: number;
}

/** A line segment from (x1, y1) to (x2, y2), in px. */
export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/**
 * Overlaps smaller than this, in px, are float noise: a label sits exactly `gap` from its dot, and a diagonal
 * spot's corner is computed with √½, so without it a label could "overlap" its own dot by 1e-15 px.
 */
export const slack = 1e-6;

/** Whether two boxes share some area; boxes that only touch along an edge do not. */
export function boxesOverlap(a: Box, b: Box): boolean {
	return (
		a.x < b.x + b.width - slack &&
		b.x < a.x + a.width - slack &&
		a.y < b.y + b.height - slack &&
		b.y < a.y + a.height - slack
	);
}

/** Whether a box and a circle share some area; touching does not count. */
export function boxCircleOverlap(box: Box, circle: Circle): boolean {
	if (circle.r <= slack) return false;
	const dx = circle.x - clamp(circle.x, box.x, box.x + box.width);
	const dy = circle.y - clamp(circle.y, box.y, box.y + box.height);
	return dx * dx + dy * dy < (circle.r - slack) ** 2;
}

/** Whether a segment passes through the inside of a box; running along or touching its edge does not count. */
export function segmentBoxOverlap(segment: Segment, box: Box): boolean {
	const left = box.x + slack;
	const right = box.x + box.width - slack;
	const top = box.y + slack;
	const bottom = box.y + box.height - slack;
	if (!(left < right && top < bottom)) return false;
	// Liang–Barsky: clip the segment's parameter range [0, 1] to each of the four edges in turn.
	const dx = segment.x2 - segment.x1;
	const dy = segment.y2 - segment.y1;
	const range = { from: 0, to: 1 };
	return (
		clipped(range, -dx, segment.x1 - left) &&
		clipped(range, dx, right - segment.x1) &&
		clipped(range, -dy, segment.y1 - top) &&
		clipped(range, dy, bottom - segment.y1)
	);
}

/** Whether a segment passes through the inside of a circle; touching does not count. */
export function segmentCircleOverlap(segment: Segment, circle: Circle): boolean {
	if (circle.r <= slack) return false;
	const dx = segment.x2 - segment.x1;
	const dy = segment.y2 - segment.y1;
	const lengthSquared = dx * dx + dy * dy;
	const t =
		lengthSquared === 0
			? 0
			: clamp(((circle.x - segment.x1) * dx + (circle.y - segment.y1) * dy) / lengthSquared, 0, 1);
	const nearestX = segment.x1 + t * dx - circle.x;
	const nearestY = segment.y1 + t * dy - circle.y;
	return nearestX * nearestX + nearestY * nearestY < (circle.r - slack) ** 2;
}

/** Narrows the parameter range of a segment to one side of an edge (a Liang–Barsky step). */
function clipped(range: { from: number; to: number }, p: number, q: number): boolean {
	if (p === 0) return q >= 0;
	const t = q / p;
	if (p < 0) range.from = Math.max(range.from, t);
	else range.to = Math.min(range.to, t);
	return range.from < range.to;
}

function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(value, high));
}
