/**
 * The geometry of the visual argument map, in the classic pro/con layout: the thesis centred at the top, the
 * claims for it in a left column and the claims against it in a right column; below `stackBelow` px the two
 * columns stack, for above against. Pure: a tree (see `argumentTree.ts`) and a width in, boxes and edges out.
 *
 * Coordinates are SVG pixels: x grows to the right and y downward; boxes are given by their top-left corner.
 * Each column is a tidy indented tree: every claim sits below the one before it in document order, `gap` px
 * apart, and is indented `indent` px per level (less when a deep tree would make boxes too narrow: see
 * `argumentMap`). A column's claims belong to it by their top-level claim, so an attack on a claim for the
 * thesis sits under that claim in the left column, though its own `side` is 'against'.
 *
 * Edges are right-angled polylines that run in the indentation gutters and never cross a box: from the
 * claim's left edge, across to a vertical "spine" and up to the parent's bottom edge (supports and attacks
 * use different spines, a quarter and a half of the indent in from the parent's left edge); top-level claims
 * reach the thesis along one trunk per column and a bus in the band below the thesis. An undercut ends
 * instead on the middle of the first (horizontal) stretch of its target's own edge: the inference it attacks.
 *
 * d3-path writes the edges' path data (`pathRound`). What stays ours, as d3 has no equivalent: the indented
 * pro/con columns (d3-hierarchy's `tree` and `cluster` are node-link layouts of another shape), the
 * right-angled routing along spines, trunks and the bus (d3-shape's links are curves), the undercut's
 * attachment to an edge, and the line-count estimate for a box's height.
 */
import { pathRound } from 'd3-path';
import type { ArgumentNode, ArgumentTree, Relation, Side } from './argumentTree';

export interface ArgumentMapOptions {
	/** The width of the whole map, in px; above 0. Required. Nothing is laid out beyond it. */
	width: number;
	/** The text's font size, in px; above 0. Default 14. A character is taken to be 0.5 em wide on average. */
	fontSize?: number;
	/** The distance between lines of text, as a multiple of `fontSize`; above 0. Default 1.35. */
	lineHeight?: number;
	/** How far a claim is indented from its target, in px; above 0. Default 24. */
	indent?: number;
	/** The space between boxes one above the other, in px; 0 or more. Default 12. Columns are 2 × gap apart. */
	gap?: number;
	/** The space between a box's edge and its text, in px, on every side; 0 or more. Default 10. */
	padding?: number;
	/** Below this width, in px, the columns stack, for above against. Default 640. */
	stackBelow?: number;
	/** Claims to leave out (classroom mode), with everything below them. The thesis is always laid out. */
	hidden?: ReadonlySet<string>;
}

export interface MapPoint {
	x: number;
	y: number;
}

export interface ArgumentMapNode {
	id: string;
	/** The box's left edge, in px. */
	x: number;
	/** The box's top edge, in px. */
	y: number;
	/** In px. */
	width: number;
	/** In px: `lines × fontSize × lineHeight + 2 × padding`. */
	height: number;
	/** The number of lines the text is estimated to wrap to. */
	lines: number;
	/** The claim's own side; null for the thesis. */
	side: Side | null;
}

export interface ArgumentMapEdge {
	/** The claim's id. */
	from: string;
	/** Its target's id. */
	to: string;
	relation: Relation;
	/** Where the edge leaves the claim: the middle of its box's left edge, in px. */
	x1: number;
	y1: number;
	/**
	 * Where the edge ends, in px: on the bottom edge of the target's box for a support or an attack; for an
	 * undercut, on the target's own edge (the middle of its first stretch).
	 */
	x2: number;
	y2: number;
	/** The polyline from (x1, y1) to (x2, y2), bends included; each stretch is horizontal or vertical. */
	points: MapPoint[];
}

export interface ArgumentMapLayout {
	/** The thesis, then every claim laid out, in document order. */
	nodes: ArgumentMapNode[];
	/** One per claim laid out, in document order. */
	edges: ArgumentMapEdge[];
	/** The map's width, in px: `options.width`. */
	width: number;
	/** The map's height, in px: the bottom of the lowest box. */
	height: number;
}

/** Where the spines of a claim's supports and attacks run, as shares of the indent from its left edge. */
const spineShare = { support: 0.25, attack: 0.5 } as const;
/** Where each column's trunk to the thesis runs, likewise; stacked, the against trunk passes left of the for. */
const trunkShare: Record<Side, number> = { for: 0.5, against: 0.25 };

/**
 * Lays out the thesis and every claim not hidden. The indent shrinks below `indent` only when the deepest
 * claim's box would otherwise be narrower than 10 em (or half a column, if that is less).
 *
 * @throws Error for an option out of its range.
 */
export function argumentMap(tree: ArgumentTree, options: ArgumentMapOptions): ArgumentMapLayout {
	const o = checkedOptions(options);
	const { width, gap } = o;
	const columnGap = 2 * gap;
	const stacked = width < Math.max(o.stackBelow, 2 * columnGap);
	const columnWidth = stacked ? width : (width - columnGap) / 2;
	const claims = shownClaims(tree, o.hidden);
	const deepest = claims.reduce((max, { node }) => Math.max(max, node.depth), 1);
	const step = Math.min(o.indent, (columnWidth - Math.min(10 * o.fontSize, columnWidth / 2)) / deepest);

	const root = tree.nodes.get(tree.root);
	if (!root) throw new Error(`The tree has no node for its root "${tree.root}".`);
	const thesisWidth = stacked ? width : columnWidth + columnGap;
	const thesis = nodeBox(root, (width - thesisWidth) / 2, 0, thesisWidth, o);
	const thesisBottom = thesis.height;
	const boxes = new Map([[root.id, thesis]]);
	const edges = new Map<string, ArgumentMapEdge>();
	let bottom = thesisBottom;
	for (const column of ['for', 'against'] as const) {
		const x0 = !stacked && column === 'against' ? columnWidth + columnGap : 0;
		const attachShare = stacked ? { for: 2 / 3, against: 1 / 3 } : { for: 1 / 4, against: 3 / 4 };
		const busShare = stacked ? { for: 4 / 3, against: 2 / 3 } : { for: 1, against: 1 };
		const trunk = {
			x: x0 + trunkShare[column] * step,
			busY: thesisBottom + busShare[column] * gap,
			attachX: thesis.x + attachShare[column] * thesis.width,
			thesisBottom
		};
		let y = (stacked && bottom > thesisBottom ? bottom : thesisBottom) + 2 * gap;
		for (const { node, parent } of claims.filter((claim) => claim.column === column)) {
			const box = nodeBox(node, x0 + node.depth * step, y, columnWidth - node.depth * step, o);
			const parentBox = boxes.get(parent.id);
			if (!parentBox) continue; // cannot happen: parents come first in document order
			boxes.set(node.id, box);
			edges.set(node.id, claimEdge(node, parent, box, parentBox, edges.get(parent.id), trunk, step));
			y += box.height + gap;
			bottom = Math.max(bottom, box.y + box.height);
		}
	}
	return { nodes: [...boxes.values()], edges: [...edges.values()], width, height: bottom };
}

/**
 * SVG path data for an edge, drawn from the target's end: edges that share a trunk or a spine then share
 * their dash pattern along it too. Put the arrow or bar on the path's start (`marker-start`).
 */
export function edgePath(edge: Pick<ArgumentMapEdge, 'points'>): string {
	// d3-path, rounding to hundredths of a pixel.
	const path = pathRound(2);
	edge.points
		.toReversed()
		.forEach(({ x, y }, index) => (index === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
	return path.toString();
}

/**
 * The number of lines a text wraps to at `charsPerLine` characters a line, breaking between words, and
 * inside a word only when it is longer than a line. At least 1.
 */
export function lineCount(text: string, charsPerLine: number): number {
	const perLine = Math.max(1, Math.floor(charsPerLine));
	let lines = 0;
	let used = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const length = [...word].length;
		if (lines > 0 && used + 1 + length <= perLine) used += 1 + length;
		else {
			const pieces = Math.ceil(length / perLine);
			lines += pieces;
			used = length - (pieces - 1) * perLine;
		}
	}
	return Math.max(1, lines);
}

type Resolved = Required<Omit<ArgumentMapOptions, 'hidden'>> & { hidden: ReadonlySet<string> };

function nodeBox(node: ArgumentNode, x: number, y: number, width: number, o: Resolved): ArgumentMapNode {
	const lines = lineCount(node.text, (width - 2 * o.padding) / (0.5 * o.fontSize));
	const height = lines * o.fontSize * o.lineHeight + 2 * o.padding;
	return { id: node.id, x, y, width, height, lines, side: node.side };
}

/** The edge from a claim's box to its target (see the top of the file). */
function claimEdge(
	node: ArgumentNode,
	parent: ArgumentNode,
	box: ArgumentMapNode,
	parentBox: ArgumentMapNode,
	parentEdge: ArgumentMapEdge | undefined,
	trunk: { x: number; busY: number; attachX: number; thesisBottom: number },
	step: number
): ArgumentMapEdge {
	const relation = node.relation ?? 'support';
	const start = { x: box.x, y: box.y + box.height / 2 };
	let rest: MapPoint[];
	const [first, second] = parentEdge?.points ?? [];
	if (relation === 'undercut' && first && second) {
		const x = (first.x + second.x) / 2;
		rest = [
			{ x, y: start.y },
			{ x, y: first.y }
		];
	} else if (parent.parent === null) {
		rest = [
			{ x: trunk.x, y: start.y },
			{ x: trunk.x, y: trunk.busY },
			{ x: trunk.attachX, y: trunk.busY },
			{ x: trunk.attachX, y: trunk.thesisBottom }
		];
	} else {
		const x = parentBox.x + spineShare[relation === 'attack' ? 'attack' : 'support'] * step;
		rest = [
			{ x, y: start.y },
			{ x, y: parentBox.y + parentBox.height }
		];
	}
	const points = [start, ...rest].filter(
		(p, i, all) => i === 0 || p.x !== all[i - 1]?.x || p.y !== all[i - 1]?.y
	);
	const end = points.at(-1) ?? start;
	return { from: node.id, to: parent.id, relation, x1: start.x, y1: start.y, x2: end.x, y2: end.y, points };
}

/** The claims not hidden, in document order, each with its target and its column (its top-level side). */
function shownClaims(tree: ArgumentTree, hidden: ReadonlySet<string>) {
	const shown: { node: ArgumentNode; parent: ArgumentNode; column: Side }[] = [];
	const columns = new Map<string, Side>();
	for (const node of tree.nodes.values()) {
		const parent = node.parent === null ? undefined : tree.nodes.get(node.parent);
		if (!parent || hidden.has(node.id)) continue;
		const column = parent.parent === null ? (node.side ?? 'for') : columns.get(parent.id);
		if (column === undefined) continue; // below a hidden claim
		columns.set(node.id, column);
		shown.push({ node, parent, column });
	}
	return shown;
}

function checkedOptions(options: ArgumentMapOptions): Resolved {
	const { width, fontSize = 14, lineHeight = 1.35, indent = 24, gap = 12, padding = 10 } = options;
	const { stackBelow = 640, hidden = new Set<string>() } = options;
	const resolved = { width, fontSize, lineHeight, indent, gap, padding, stackBelow, hidden };
	const above0 = (value: number) => value > 0 && Number.isFinite(value);
	const atLeast0 = (value: number) => value >= 0 && Number.isFinite(value);
	const problems = [
		!above0(width) && 'width must be above 0',
		!above0(fontSize) && 'fontSize must be above 0',
		!above0(lineHeight) && 'lineHeight must be above 0',
		!above0(indent) && 'indent must be above 0',
		!atLeast0(gap) && 'gap must be 0 or more',
		!atLeast0(padding) && 'padding must be 0 or more',
		!(stackBelow >= 0) && 'stackBelow must be 0 or more'
	].filter(Boolean);
	if (problems.length > 0) throw new Error(`Invalid argument map options: ${problems.join('; ')}.`);
	return resolved;
}
