/**
 * Direct labels for a scatter plot such as a party position map: each dot's label goes beside its dot, clear
 * of every other label, of every dot and of the plot's edges, as a designer would place them by hand. Pure
 * and deterministic; thirty labels place in a small fraction of a millisecond.
 *
 * Coordinates are SVG pixels: x grows to the right and y downward. A label is a box whose size the caller
 * measured or estimated; the layout returns the box's top-left corner. Boxes that merely touch do not
 * overlap, and no label comes closer than `gap` to any dot, its own included.
 *
 * Method: a greedy placement, most constrained dot first (fewest usable spots beside it, then most dots
 * within reach, then by id), so that crowded dots choose before their neighbours fill the room around
 * them. Each label takes the first free spot among, in turn:
 * 1. the eight usual spots beside its dot, in the order readers expect (see `besideDirections`);
 * 2. one of those spots slid along the plot's edge, when it stuck out of the plot but still touches the dot;
 * 3. a usual spot taken by one placed label, after moving that label to another of its own usual spots;
 * 4. with `leader`, a spot farther out, on rings every `leaderStep` px up to `maxLeaderDistance` px, joined to
 *    its dot by a leader line that crosses no label, no other leader and no other dot (bar one it starts
 *    inside, such as a big dot its own small dot sits on).
 * Labels with no free spot wait until every other label is placed, get one more try, then take the usual
 * spot, kept inside the plot, that overlaps least, and are flagged `overlaps: true`; hiding the flagged
 * labels always leaves a clean layout. If any label is flagged, the placement is redone (at most three
 * times) with the flagged labels first, and the attempt with the fewest flagged labels wins.
 *
 * All ours: d3 has no label placement. d3-force's collision forces handle circles, not boxes, and guarantee
 * nothing; a d3-delaunay Voronoi labelling has no guarantee against overlaps either.
 */
import {
	boxCircleOverlap,
	boxesOverlap,
	segmentBoxOverlap,
	segmentCircleOverlap,
	slack,
	type Box,
	type Circle,
	type Segment
} from './geometry';

/** A dot to label: its centre and radius, and the size of its label's box. */
export interface LabelPoint {
	/** Names the label in the output; also breaks ties in the placement order, so keep ids unique. */
	id: string;
	/** The dot's centre, in px from the left. */
	x: number;
	/** The dot's centre, in px from the top. */
	y: number;
	/** The dot's radius, in px; 0 or more (0 for a label of a point drawn without a dot). */
	r: number;
	/** The label box's width, in px, as measured or estimated by the caller; include any padding wanted. */
	width: number;
	/** The label box's height, in px, as measured or estimated by the caller; include any padding wanted. */
	height: number;
}

/** The plot area, in px: left `x0`, top `y0`, right `x1`, bottom `y1` (so x0 ≤ x1 and y0 ≤ y1). */
export interface LabelBounds {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelOptions {
	/** The area every label must stay inside, in px, usually the plot area inside the axes. Required. */
	bounds: LabelBounds;
	/** The space kept between any dot's edge and any label, in px; a negative gap counts as 0. Default 3. */
	gap?: number;
	/**
	 * Whether a label with no room beside its dot may be moved up to `maxLeaderDistance` px farther out, with a
	 * leader line back to the dot. Default true. Even when false, a label that cannot be placed cleanly is kept
	 * inside the plot, so it may end up `'displaced'` (and flagged `overlaps`).
	 */
	leader?: boolean;
	/**
	 * Marks other than the dots that no label or leader line may cover, in px: `boxes` (e.g. a band's title),
	 * `circles` (e.g. small points, kept `gap` clear like dots) and `segments` (e.g. a trail's line). Default none.
	 */
	obstacles?: LabelObstacles;
}

/** Marks a label must keep clear of, besides the labelled dots (see `LabelOptions.obstacles`). */
export interface LabelObstacles {
	boxes?: readonly Box[];
	circles?: readonly Circle[];
	segments?: readonly Segment[];
}

/** Where a label sits: beside its dot on that side (`'top-right'`: above and to the right), or moved away. */
export type LabelAnchor =
	| 'right'
	| 'left'
	| 'top'
	| 'bottom'
	| 'top-right'
	| 'top-left'
	| 'bottom-right'
	| 'bottom-left'
	| 'displaced';

/** A leader line: from (x1, y1) on the dot's edge to (x2, y2), the point of the label box nearest the dot. */
export type LeaderLine = Segment;

export interface PlacedLabel {
	id: string;
	/** The label box's left edge, in px. */
	x: number;
	/** The label box's top edge, in px. */
	y: number;
	/** The label box's width, in px, as given. */
	width: number;
	/** The label box's height, in px, as given. */
	height: number;
	/**
	 * The side of the dot the label is on. A label slid along the plot's edge keeps its side, so a `'top'`
	 * label is above its dot but not always centred on it.
	 */
	anchor: LabelAnchor;
	/** Only for a `'displaced'` label clear of its dot: the line to draw from the dot to the label. */
	leader?: LeaderLine;
	/**
	 * Present only when no free spot was found: the label overlaps a dot, another label or a leader line, or
	 * sticks out of the plot (when it is bigger than the plot). Other labels never overlap one another, any dot
	 * or any leader, so hiding the flagged ones leaves a clean layout.
	 */
	overlaps?: true;
}

/** The distance between the rings searched for a displaced label, in px. */
export const leaderStep = 6;

/**
 * How much farther than its usual spot a displaced label may go, in px: beyond a few label heights, readers
 * stop linking a label to its dot even with a leader line.
 */
export const maxLeaderDistance = 60;

/**
 * Places the label of every point, returned in input order. Never throws: a label with no free spot is
 * still placed, flagged `overlaps: true` (see `PlacedLabel`).
 */
export function labelPlacement(points: readonly LabelPoint[], options: LabelOptions): PlacedLabel[] {
	const gap = Number.isFinite(options.gap) ? Math.max(0, options.gap ?? 0) : 3;
	const layout: Layout = {
		points,
		bounds: options.bounds,
		gap,
		leader: options.leader ?? true,
		// Obstacle circles follow the dots, so an index below `points.length` is still a point's own dot.
		keepClear: [...points, ...(options.obstacles?.circles ?? [])].map(({ x, y, r }) => ({
			x,
			y,
			r: r + gap
		})),
		blockedBoxes: options.obstacles?.boxes ?? [],
		blockedSegments: options.obstacles?.segments ?? [],
		placements: points.map(() => undefined)
	};
	let order = placementOrder(layout);
	let best = placementsInOrder(layout, order);
	let latest = best;
	// Greedy placement can paint itself into a corner: when labels end up flagged, place them first and try
	// again, keeping the best attempt (fewest flagged, then fewest displaced). Clean layouts never retry.
	for (let attempt = 1; attempt < maxAttempts && flaggedCount(best) > 0; attempt++) {
		const flagged = order.filter((index) => latest[index]?.overlaps);
		order = [...flagged, ...order.filter((index) => !latest[index]?.overlaps)];
		latest = placementsInOrder(layout, order);
		if (attemptIsBetter(latest, best)) best = latest;
	}

	return points.map(({ id, width, height }, index) => {
		// Every label is placed; the fallback only satisfies the type checker.
		const { box, anchor, leader, overlaps } = best[index] ?? leastOverlapPlacement(layout, index);
		return {
			id,
			x: box.x,
			y: box.y,
			width,
			height,
			anchor,
			...(leader && { leader }),
			...(overlaps && { overlaps })
		};
	});
}

/** How many times at most the labels are placed, each time with the flagged ones moved to the front. */
const maxAttempts = 4;

/** Places every label, in the order given (see the top of the file), and returns the placements. */
function placementsInOrder(layout: Layout, order: readonly number[]): Placement[] {
	const placements: (Placement | undefined)[] = layout.points.map(() => undefined);
	layout.placements = placements;
	for (const index of order) placements[index] = freePlacement(layout, index);

	// Moving a label to make room (step 3) can free a spot an earlier label wanted: retry until none moves.
	let unplaced = order.filter((index) => !placements[index]);
	for (let moved = true; moved && unplaced.length > 0;) {
		moved = false;
		for (const index of unplaced) {
			placements[index] = freePlacement(layout, index);
			moved ||= placements[index] !== undefined;
		}
		unplaced = unplaced.filter((index) => !placements[index]);
	}
	for (const index of unplaced) placements[index] = leastOverlapPlacement(layout, index);
	return placements.map((placement, index) => placement ?? leastOverlapPlacement(layout, index));
}

function flaggedCount(placements: readonly Placement[]): number {
	return placements.filter((placement) => placement.overlaps).length;
}

/** Whether an attempt beats the best so far: fewer flagged labels, or as many and fewer displaced. */
function attemptIsBetter(attempt: readonly Placement[], best: readonly Placement[]): boolean {
	const displaced = (placements: readonly Placement[]) =>
		placements.filter((placement) => placement.anchor === 'displaced').length;
	const flaggedDifference = flaggedCount(attempt) - flaggedCount(best);
	return flaggedDifference < 0 || (flaggedDifference === 0 && displaced(attempt) < displaced(best));
}

/** The labelling problem and the labels placed so far. */
interface Layout {
	points: readonly LabelPoint[];
	bounds: LabelBounds;
	gap: number;
	leader: boolean;
	/** Each dot grown by `gap`: the area every label keeps out of. */
	keepClear: Circle[];
	/** Obstacle boxes and lines no label may cover. */
	blockedBoxes: readonly Box[];
	blockedSegments: readonly Segment[];
	/** Each point's label once placed, by input index. */
	placements: (Placement | undefined)[];
}

interface Placement {
	box: Box;
	anchor: LabelAnchor;
	leader?: LeaderLine;
	overlaps?: true;
}

interface Direction {
	anchor: LabelAnchor;
	/** A unit vector from the dot's centre, y downward. */
	dx: number;
	dy: number;
}

/**
 * The eight usual spots, in the order they are tried: sideways first, where the text sits level with its
 * dot and reads on from it (right before left, as readers expect); then the corners, where the text still
 * starts or ends at the dot; above and below last, since a wide label centred there reaches furthest across
 * its neighbours.
 */
const besideDirections: readonly Direction[] = [
	{ anchor: 'right', dx: 1, dy: 0 },
	{ anchor: 'left', dx: -1, dy: 0 },
	{ anchor: 'top-right', dx: Math.SQRT1_2, dy: -Math.SQRT1_2 },
	{ anchor: 'bottom-right', dx: Math.SQRT1_2, dy: Math.SQRT1_2 },
	{ anchor: 'top-left', dx: -Math.SQRT1_2, dy: -Math.SQRT1_2 },
	{ anchor: 'bottom-left', dx: -Math.SQRT1_2, dy: Math.SQRT1_2 },
	{ anchor: 'top', dx: 0, dy: -1 },
	{ anchor: 'bottom', dx: 0, dy: 1 }
];

/** Twelve directions every 30° for displaced labels, in the same spirit: nearest to level first. */
const ringDirections: readonly Direction[] = [0, 180, 30, -30, 150, -150, 60, -60, 120, -120, 90, -90].map(
	(degrees) => ({
		anchor: 'displaced',
		dx: Math.cos((degrees * Math.PI) / 180),
		dy: -Math.sin((degrees * Math.PI) / 180)
	})
);

/**
 * The box of a label attached at `distance` px from the dot's centre in `direction`: it starts at that point
 * when the direction points right, ends there when it points left, and is centred on it when straight up or
 * down; likewise vertically. The attachment point is then the box's point nearest the dot.
 */
function attachedBox(point: LabelPoint, distance: number, direction: Direction): Box {
	const x = point.x + distance * direction.dx;
	const y = point.y + distance * direction.dy;
	return {
		x: x - point.width * boxShareBefore(direction.dx),
		y: y - point.height * boxShareBefore(direction.dy),
		width: point.width,
		height: point.height
	};
}

/** The share of a box's size before its attachment point along an axis, for a direction's component. */
function boxShareBefore(component: number): number {
	// cos 90° is 6e-17, not 0: treat such components as 0.
	if (component > 1e-9) return 0;
	if (component < -1e-9) return 1;
	return 0.5;
}

/** The usual spots beside a point's dot, in the order they are tried. */
function besidePlacements(layout: Layout, index: number): Placement[] {
	const point = layout.points[index];
	if (!point) return [];
	return besideDirections.map((direction) => ({
		box: attachedBox(point, point.r + layout.gap, direction),
		anchor: direction.anchor
	}));
}

/**
 * The order to place labels in: fewest usable spots first (spots inside the plot and clear of every dot),
 * then most dots within reach of the label, then by id and by input position, so the order never depends on
 * the sort's implementation.
 */
function placementOrder(layout: Layout): number[] {
	const keys = layout.points.map((point, index) => {
		const usable = besidePlacements(layout, index).filter(
			({ box }) => insideBounds(box, layout.bounds) && clearOfMarks(layout, box)
		).length;
		const reach = point.r + layout.gap;
		const area = {
			x: point.x - reach - point.width,
			y: point.y - reach - point.height,
			width: 2 * (reach + point.width),
			height: 2 * (reach + point.height)
		};
		const nearby = layout.keepClear.filter((dot, other) => other !== index && boxCircleOverlap(area, dot));
		return { usable, nearby: nearby.length, id: point.id, index };
	});
	keys.sort(
		(a, b) =>
			a.usable - b.usable ||
			b.nearby - a.nearby ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
			a.index - b.index
	);
	return keys.map((key) => key.index);
}

/** The first free spot for a label, in the order of steps 1–4 (see the top of the file); undefined if none. */
function freePlacement(layout: Layout, index: number): Placement | undefined {
	const beside = besidePlacements(layout, index);
	return (
		beside.find(({ box }) => boxIsFree(layout, index, box)) ??
		slidPlacement(layout, index, beside) ??
		placementAfterMove(layout, index, beside) ??
		(layout.leader ? displacedPlacement(layout, index) : undefined)
	);
}

/**
 * A usual spot that sticks out of the plot, slid back inside, if it still touches the dot's gap ring (e.g.
 * a `'top'` label of a dot near the right edge, shifted left) and is free.
 */
function slidPlacement(layout: Layout, index: number, beside: readonly Placement[]): Placement | undefined {
	const point = layout.points[index];
	if (!point) return undefined;
	for (const { box, anchor } of beside) {
		if (insideBounds(box, layout.bounds)) continue;
		const slid = boxInside(box, layout.bounds);
		if (distanceToBox(point, slid) <= point.r + layout.gap + slack && boxIsFree(layout, index, slid))
			return { box: slid, anchor };
	}
	return undefined;
}

/**
 * A usual spot blocked by exactly one label that can itself move to another of its usual spots, leaving
 * room: both labels then sit beside their dots, which reads better than a leader line. Moves that label.
 */
function placementAfterMove(
	layout: Layout,
	index: number,
	beside: readonly Placement[]
): Placement | undefined {
	const { placements } = layout;
	for (const spot of beside) {
		if (!insideBounds(spot.box, layout.bounds) || !clearOfMarks(layout, spot.box)) continue;
		if (crossesLeader(layout, index, spot.box)) continue;
		const blockers = placements.flatMap((placement, other) =>
			other !== index && placement && boxesOverlap(placement.box, spot.box) ? [other] : []
		);
		const blocker = blockers[0];
		const current = blocker === undefined ? undefined : placements[blocker];
		if (blockers.length !== 1 || blocker === undefined || !current || current.anchor === 'displaced')
			continue;
		placements[blocker] = undefined;
		const moved = besidePlacements(layout, blocker).find(
			({ box, anchor }) =>
				anchor !== current.anchor && !boxesOverlap(box, spot.box) && boxIsFree(layout, blocker, box)
		);
		placements[blocker] = moved ?? current;
		if (moved) return spot;
	}
	return undefined;
}

/**
 * The nearest free spot on rings around the dot, whose leader line from the dot's edge crosses no other
 * dot, label or leader; undefined if none within `maxLeaderDistance`.
 */
function displacedPlacement(layout: Layout, index: number): Placement | undefined {
	const point = layout.points[index];
	if (!point) return undefined;
	for (let distance = leaderStep; distance <= maxLeaderDistance; distance += leaderStep) {
		for (const direction of ringDirections) {
			const box = attachedBox(point, point.r + layout.gap + distance, direction);
			if (!boxIsFree(layout, index, box)) continue;
			const leader = leaderLine(point, box);
			if (leader && leaderIsClear(layout, index, leader)) return { box, anchor: 'displaced', leader };
		}
	}
	return undefined;
}

/**
 * The usual spot, kept inside the plot, that overlaps other labels and dots the least (by area; ties go to
 * the earlier spot), flagged when it overlaps anything. A spot that had to slide away from its dot to stay
 * inside the plot becomes `'displaced'`, with a leader line if it is clear of its dot.
 */
function leastOverlapPlacement(layout: Layout, index: number): Placement {
	const point = layout.points[index];
	let best: Placement | undefined;
	let bestCost = Infinity;
	for (const { box: usual, anchor } of besidePlacements(layout, index)) {
		const box = boxInside(usual, layout.bounds);
		let cost = 0;
		for (const dot of layout.keepClear) cost += boxCircleOverlapArea(box, dot);
		for (const blocked of layout.blockedBoxes) cost += overlapArea(box, blocked);
		layout.placements.forEach((placement, other) => {
			if (placement && other !== index) cost += overlapArea(box, placement.box);
		});
		if (point && cost < bestCost) {
			bestCost = cost;
			const slid = distanceToBox(point, box) > point.r + layout.gap + slack;
			const leader = slid ? leaderLine(point, box) : undefined;
			best = slid ? { box, anchor: 'displaced', ...(leader && { leader }) } : { box, anchor };
		}
	}
	// Only reached with NaN inputs, where every cost is NaN: any spot will do, but never throw.
	best ??= besidePlacements(layout, index)[0] ?? {
		box: { x: NaN, y: NaN, width: point?.width ?? 0, height: point?.height ?? 0 },
		anchor: 'right'
	};
	return boxIsFree(layout, index, best.box) ? best : { ...best, overlaps: true };
}

/** Whether a label's box is inside the plot and overlaps no dot, no other label and no leader line. */
function boxIsFree(layout: Layout, index: number, box: Box): boolean {
	return (
		insideBounds(box, layout.bounds) &&
		clearOfMarks(layout, box) &&
		layout.placements.every(
			(placement, other) => !placement || other === index || !boxesOverlap(box, placement.box)
		) &&
		!crossesLeader(layout, index, box)
	);
}

/** Whether a box is clear of every dot (and its gap) and every obstacle. */
function clearOfMarks(layout: Layout, box: Box): boolean {
	return (
		layout.keepClear.every((dot) => !boxCircleOverlap(box, dot)) &&
		layout.blockedBoxes.every((blocked) => !boxesOverlap(box, blocked)) &&
		layout.blockedSegments.every((segment) => !segmentBoxOverlap(segment, box))
	);
}

/** Whether another label's leader line passes through the box. */
function crossesLeader(layout: Layout, index: number, box: Box): boolean {
	return layout.placements.some(
		(placement, other) => other !== index && placement?.leader && segmentBoxOverlap(placement.leader, box)
	);
}

/**
 * Whether a leader line stays clear of every other dot (and its gap), every other label and leader. A dot
 * the leader starts inside is let through: a small dot drawn over a big one (two parties at the same spot)
 * can only reach out across the big one.
 */
function leaderIsClear(layout: Layout, index: number, leader: LeaderLine): boolean {
	const startsInside = (dot: Circle) => Math.hypot(leader.x1 - dot.x, leader.y1 - dot.y) < dot.r - slack;
	return (
		layout.blockedBoxes.every((blocked) => !segmentBoxOverlap(leader, blocked)) &&
		layout.keepClear.every(
			(dot, other) =>
				other === index || !segmentCircleOverlap(leader, dot) || startsInside(layout.points[other] ?? dot)
		) &&
		layout.placements.every(
			(placement, other) =>
				!placement ||
				other === index ||
				(!segmentBoxOverlap(leader, placement.box) &&
					!(placement.leader && segmentsCross(leader, placement.leader)))
		)
	);
}

/** The line from the dot's edge to the box's nearest point; undefined if the box reaches into the dot. */
function leaderLine(point: LabelPoint, box: Box): LeaderLine | undefined {
	const x2 = clamp(point.x, box.x, box.x + box.width);
	const y2 = clamp(point.y, box.y, box.y + box.height);
	const length = Math.hypot(x2 - point.x, y2 - point.y);
	if (!(length > point.r + slack)) return undefined;
	return {
		x1: point.x + ((x2 - point.x) * point.r) / length,
		y1: point.y + ((y2 - point.y) * point.r) / length,
		x2,
		y2
	};
}

/** Whether two segments cross at a point inside both (segments that only touch or run along do not). */
function segmentsCross(a: Segment, b: Segment): boolean {
	const side = (s: Segment, x: number, y: number) => (s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1);
	const b1 = side(a, b.x1, b.y1);
	const b2 = side(a, b.x2, b.y2);
	const a1 = side(b, a.x1, a.y1);
	const a2 = side(b, a.x2, a.y2);
	return b1 * b2 < 0 && a1 * a2 < 0;
}

function insideBounds(box: Box, bounds: LabelBounds): boolean {
	return (
		box.x >= bounds.x0 - slack &&
		box.y >= bounds.y0 - slack &&
		box.x + box.width <= bounds.x1 + slack &&
		box.y + box.height <= bounds.y1 + slack
	);
}

/** The box moved the least to fit inside the bounds; a box bigger than the bounds is aligned top-left. */
function boxInside(box: Box, bounds: LabelBounds): Box {
	return {
		...box,
		x: Math.max(bounds.x0, Math.min(box.x, bounds.x1 - box.width)),
		y: Math.max(bounds.y0, Math.min(box.y, bounds.y1 - box.height))
	};
}

/** The distance from the point's centre to the nearest point of the box, in px (0 inside it). */
function distanceToBox(point: { x: number; y: number }, box: Box): number {
	return Math.hypot(
		point.x - clamp(point.x, box.x, box.x + box.width),
		point.y - clamp(point.y, box.y, box.y + box.height)
	);
}

function overlapArea(a: Box, b: Box): number {
	const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Roughly the area a box and a circle share: the box's overlap with the circle's bounding square, scaled by
 * the circle's share of that square (π/4). Exact enough to rank spots that all overlap something.
 */
function boxCircleOverlapArea(box: Box, circle: Circle): number {
	if (!boxCircleOverlap(box, circle)) return 0;
	const square = {
		x: circle.x - circle.r,
		y: circle.y - circle.r,
		width: 2 * circle.r,
		height: 2 * circle.r
	};
	return (overlapArea(box, square) * Math.PI) / 4;
}

function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(value, high));
}
