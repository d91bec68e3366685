/**
 * Annotation labels for one lane of a timeline, placed as a graphics desk would: whole titles, never cut,
 * for the events that matter first, and for the others only where they fit; the rest stay marks. Pure and
 * deterministic.
 *
 * Coordinates are the lane's own, in px: x as the chart's, y from the top of the lane's first row. Row r's
 * centre is at (r + ½) × `rowHeight`. A label is one to `maxLines` lines of `lineHeight`; its box is the text
 * plus `padding` on every side, and the first line is centred on its row (later lines run down from it).
 *
 * Method: labels are taken in the order given (the caller's priority) and each takes the first free spot
 * among, in turn: beside its mark in the mark's row, right then left; then in another row, nearest first
 * (below before above), beside a leader line that runs straight up or down from the mark, or centred on
 * the mark where that keeps it in the width, the leader meeting its edge; first on one line
 * for every spot, then on two, and so on. A spot is free when its box stays in the lane, overlaps no placed
 * label, no mark and no leader line, and its own leader crosses no placed label and no other mark. A label
 * with no free spot is left out, unless it is `required`: then it goes in new rows added below the lane's,
 * whose leader may pass behind marks, on as few lines as fit the width. All ours: d3 places no labels.
 */
import { boxesOverlap, segmentBoxOverlap, type Box, type Segment } from './geometry';
import { balancedLines, linesWithin, type LabelLines, type Measure } from './labelLines';

/** A mark in the lane: its row and its extent along x, in px (`x2 === x` for a point). */
export interface LaneMark {
	id: string;
	row: number;
	/** A point's centre, a bar's left end. */
	x: number;
	/** A bar's right end; `x` for a point. */
	x2: number;
}

/** An event to label, in priority order. */
export interface LabelRequest {
	/** The id of its mark in the lane. */
	id: string;
	/** The whole label, set as it is: it is wrapped at spaces, never shortened. */
	text: string;
	/** The most lines it may take in an ordinary spot; 1 or more. */
	maxLines: number;
	/** Placed whatever it takes (the selected event): in added rows if no spot is free. Default false. */
	required?: boolean;
}

export interface LaneLabelOptions {
	/** The lane's width, in px; labels stay within [0, width]. */
	width: number;
	/** The lane's rows, at least one; a required label may add more below. */
	rows: number;
	/** The height of a row, in px; above 0. */
	rowHeight: number;
	/** The height of a line of label text, in px; above 0. */
	lineHeight: number;
	/** A point's width and height, and a bar's thickness, in px. */
	markSize: number;
	/** The space between a mark and a label beside it, in px. */
	gap: number;
	/** The space between a leader line and its label's text, in px. */
	leaderGap: number;
	/** Space around a label's text, inside its box, in px: it keeps labels that apart. */
	padding: number;
	/** The width of a line of label text, in px. */
	measure: Measure;
}

/** A placed label, in the lane's coordinates. */
export interface LaneLabel {
	id: string;
	/** The label's lines, in order: joined with spaces, its whole text. */
	lines: string[];
	/** The text's anchor, in px: its left end for `'start'`, its right end for `'end'` (SVG `text-anchor`). */
	x: number;
	/** The first line's vertical centre, in px (draw with `dominant-baseline: middle`); each next line `lineHeight` below. */
	y: number;
	anchor: 'start' | 'end';
	/** The box the label takes, padding included. */
	box: Box;
	/** The line from the mark to a label set in another row; null for a label beside its mark. */
	leader: Segment | null;
}

export interface LaneLabels {
	/** The placed labels, in the order requested (those left out are missing). */
	labels: LaneLabel[];
	/** The lane's rows: `options.rows`, or more when a required label needed room. */
	rows: number;
}

/** Places the lane's labels in the order requested; see the module's comment for how. */
export function laneLabels(
	marks: readonly LaneMark[],
	requests: readonly LabelRequest[],
	options: LaneLabelOptions
): LaneLabels {
	const { rows, rowHeight, markSize } = options;
	const byId = new Map(marks.map((mark) => [mark.id, mark]));
	const markBoxes = new Map(marks.map((mark) => [mark.id, markBox(mark, rowHeight, markSize)]));
	const placed: LaneLabel[] = [];
	let totalRows = rows;
	for (const request of requests) {
		const mark = byId.get(request.id);
		if (!mark) throw new Error(`No mark "${request.id}" in the lane to label.`);
		const free = (label: LaneLabel) =>
			label.box.y >= 0 &&
			label.box.y + label.box.height <= totalRows * rowHeight &&
			label.box.x >= 0 &&
			label.box.x + label.box.width <= options.width &&
			clear(label, mark.id, placed, markBoxes);
		const spot = candidates(mark, request, totalRows, options).find(free);
		if (spot) placed.push(spot);
		else if (request.required) {
			const forced = requiredSpot(mark, request.text, totalRows, options);
			totalRows = Math.max(totalRows, Math.ceil((forced.box.y + forced.box.height) / rowHeight));
			placed.push(forced);
		}
	}
	return { labels: placed, rows: totalRows };
}

/** A mark's box in the lane, in px. */
export function markBox(mark: LaneMark, rowHeight: number, markSize: number): Box {
	const y = (mark.row + 0.5) * rowHeight;
	return {
		x: mark.x - markSize / 2,
		y: y - markSize / 2,
		width: mark.x2 - mark.x + markSize,
		height: markSize
	};
}

/** Every spot a label may take, best first. */
function candidates(
	mark: LaneMark,
	request: LabelRequest,
	rows: number,
	options: LaneLabelOptions
): LaneLabel[] {
	const { rowHeight, markSize, gap, leaderGap } = options;
	const markY = (mark.row + 0.5) * rowHeight;
	const others = Array.from({ length: rows }, (_, row) => row)
		.filter((row) => row !== mark.row)
		.sort((a, b) => Math.abs(a - mark.row) - Math.abs(b - mark.row) || b - a);
	const sets = lineSets(request.text, request.maxLines, options.measure);
	const spots: LaneLabel[] = [];
	for (const set of sets) {
		spots.push(
			labelAt(request.id, set, mark.x2 + markSize / 2 + gap, markY, 'start', null, options),
			labelAt(request.id, set, mark.x - markSize / 2 - gap, markY, 'end', null, options)
		);
	}
	for (const set of sets)
		for (const row of others) {
			const y = (row + 0.5) * rowHeight;
			const leader = leaderTo(mark.x, markY, y, markSize);
			spots.push(
				labelAt(request.id, set, mark.x + leaderGap, y, 'start', leader, options),
				labelAt(request.id, set, mark.x - leaderGap, y, 'end', leader, options),
				slidLabel(request.id, set, mark, markY, y, options)
			);
		}
	return spots;
}

/** A label centred under (or over) its mark in another row, slid to stay in the width; its leader meets its edge. */
function slidLabel(
	id: string,
	set: LabelLines,
	mark: LaneMark,
	markY: number,
	y: number,
	options: LaneLabelOptions
): LaneLabel {
	const { width, padding, markSize } = options;
	const x = Math.min(Math.max(padding, mark.x - set.width / 2), width - padding - set.width);
	const label = labelAt(id, set, x, y, 'start', null, options);
	const below = y > markY;
	const leader = {
		x1: mark.x,
		y1: below ? markY + markSize / 2 : markY - markSize / 2,
		x2: mark.x,
		y2: below ? label.box.y : label.box.y + label.box.height
	};
	return { ...label, leader };
}

/** The label's text on 1 to `maxLines` lines, each count once (a short text has fewer). */
function lineSets(text: string, maxLines: number, measure: Measure): LabelLines[] {
	const sets: LabelLines[] = [];
	for (let count = 1; count <= Math.max(1, maxLines); count++) {
		const set = balancedLines(text, count, measure);
		if (set.lines.length < count) break;
		sets.push(set);
	}
	return sets;
}

function labelAt(
	id: string,
	set: LabelLines,
	x: number,
	y: number,
	anchor: 'start' | 'end',
	leader: Segment | null,
	{ lineHeight, padding }: LaneLabelOptions
): LaneLabel {
	const left = anchor === 'start' ? x : x - set.width;
	const box = {
		x: left - padding,
		y: y - lineHeight / 2 - padding,
		width: set.width + 2 * padding,
		height: set.lines.length * lineHeight + 2 * padding
	};
	return { id, lines: set.lines, x, y, anchor, box, leader };
}

/** The vertical leader from a mark's edge to the middle of a label's first line at `y`. */
function leaderTo(x: number, markY: number, y: number, markSize: number): Segment {
	const edge = y > markY ? markY + markSize / 2 : markY - markSize / 2;
	return { x1: x, y1: edge, x2: x, y2: y };
}

/** Whether a label and its leader clash with nothing placed and no mark. */
function clear(
	label: LaneLabel,
	own: string,
	placed: readonly LaneLabel[],
	markBoxes: ReadonlyMap<string, Box>
): boolean {
	for (const [id, box] of markBoxes) {
		if (boxesOverlap(label.box, box)) return false;
		if (label.leader && id !== own && segmentBoxOverlap(label.leader, box)) return false;
	}
	for (const other of placed) {
		if (boxesOverlap(label.box, other.box)) return false;
		if (other.leader && segmentBoxOverlap(other.leader, label.box)) return false;
		if (label.leader && segmentBoxOverlap(label.leader, other.box)) return false;
		if (label.leader && other.leader && leadersMeet(label.leader, other.leader)) return false;
	}
	return true;
}

/** Whether two vertical leaders run along the same x with overlapping spans. */
function leadersMeet(a: Segment, b: Segment): boolean {
	if (Math.abs(a.x1 - b.x1) > 1) return false;
	const [a0, a1] = [Math.min(a.y1, a.y2), Math.max(a.y1, a.y2)];
	const [b0, b1] = [Math.min(b.y1, b.y2), Math.max(b.y1, b.y2)];
	return a0 < b1 && b0 < a1;
}

/**
 * A required label with no free spot: in a new row below the lane's rows, on the fewest lines that fit the
 * width, right of its leader if it fits, else left of it, else slid along so that the leader meets its top.
 */
function requiredSpot(mark: LaneMark, text: string, rows: number, options: LaneLabelOptions): LaneLabel {
	const { width, rowHeight, markSize, leaderGap, padding, measure } = options;
	const room = Math.max(0, width - 2 * padding);
	const words = text.split(/ +/).filter(Boolean).length;
	const set =
		linesWithin(text, room, Math.max(1, words), measure) ?? balancedLines(text, words || 1, measure);
	const markY = (mark.row + 0.5) * rowHeight;
	const y = (rows + 0.5) * rowHeight;
	const leader = leaderTo(mark.x, markY, y, markSize);
	const right = labelAt(mark.id, set, mark.x + leaderGap, y, 'start', leader, options);
	if (right.box.x + right.box.width <= width) return right;
	const left = labelAt(mark.id, set, mark.x - leaderGap, y, 'end', leader, options);
	if (left.box.x >= 0) return left;
	return slidLabel(mark.id, set, mark, markY, y, options);
}

/**
 * A passing label for a mark that has none (shown while the reader points at it or moves to it): beside the
 * mark, right if it fits, else left, else wrapped onto as many lines as fit the wider side; it may cover
 * other labels for that moment, so the component draws it on a background, on top.
 */
export function passingLabel(
	mark: { x: number; x2: number; y: number },
	text: string,
	options: Pick<LaneLabelOptions, 'width' | 'lineHeight' | 'markSize' | 'gap' | 'padding' | 'measure'>
): Omit<LaneLabel, 'id' | 'leader'> {
	const { width, lineHeight, markSize, gap, padding, measure } = options;
	const right = mark.x2 + markSize / 2 + gap;
	const left = mark.x - markSize / 2 - gap;
	const [roomRight, roomLeft] = [width - right - padding, left - padding];
	const words = Math.max(1, text.split(/ +/).filter(Boolean).length);
	const onRight = linesWithin(text, roomRight, words, measure);
	const set =
		(onRight && onRight.lines.length === 1 ? onRight : null) ??
		linesWithin(text, roomLeft, 1, measure) ??
		onRight ??
		linesWithin(text, roomLeft, words, measure) ??
		balancedLines(text, words, measure);
	const anchor = set === onRight || roomRight >= roomLeft ? 'start' : 'end';
	const x = anchor === 'start' ? right : left;
	const box = {
		x: (anchor === 'start' ? x : x - set.width) - padding,
		y: mark.y - lineHeight / 2 - padding,
		width: set.width + 2 * padding,
		height: set.lines.length * lineHeight + 2 * padding
	};
	return { lines: set.lines, x, y: mark.y, anchor, box };
}
