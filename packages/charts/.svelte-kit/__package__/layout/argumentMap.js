/** Where the spines of a claim's supports and attacks run, as shares of the indent from its left edge. */
const spineShare = { support: 0.25, attack: 0.5 };
/** Where each column's trunk to the thesis runs, likewise; stacked, the against trunk passes left of the for. */
const trunkShare = { for: 0.5, against: 0.25 };
/**
 * Lays out the thesis and every claim not hidden. The indent shrinks below `indent` only when the deepest
 * claim's box would otherwise be narrower than 10 em (or half a column, if that is less).
 *
 * @throws Error for an option out of its range.
 */
export function argumentMap(tree, options) {
    const o = checkedOptions(options);
    const { width, gap } = o;
    const columnGap = 2 * gap;
    const stacked = width < Math.max(o.stackBelow, 2 * columnGap);
    const columnWidth = stacked ? width : (width - columnGap) / 2;
    const claims = shownClaims(tree, o.hidden);
    const deepest = claims.reduce((max, { node }) => Math.max(max, node.depth), 1);
    const step = Math.min(o.indent, (columnWidth - Math.min(10 * o.fontSize, columnWidth / 2)) / deepest);
    const root = tree.nodes.get(tree.root);
    if (!root)
        throw new Error(`The tree has no node for its root "${tree.root}".`);
    const thesisWidth = stacked ? width : columnWidth + columnGap;
    const thesis = nodeBox(root, (width - thesisWidth) / 2, 0, thesisWidth, o);
    const thesisBottom = thesis.height;
    const boxes = new Map([[root.id, thesis]]);
    const edges = new Map();
    let bottom = thesisBottom;
    for (const column of ['for', 'against']) {
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
            if (!parentBox)
                continue; // cannot happen: parents come first in document order
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
export function edgePath(edge) {
    return edge.points
        .toReversed()
        .map(({ x, y }, index) => `${index === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`)
        .join(' ');
}
/**
 * The number of lines a text wraps to at `charsPerLine` characters a line, breaking between words, and
 * inside a word only when it is longer than a line. At least 1.
 */
export function lineCount(text, charsPerLine) {
    const perLine = Math.max(1, Math.floor(charsPerLine));
    let lines = 0;
    let used = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
        const length = [...word].length;
        if (lines > 0 && used + 1 + length <= perLine)
            used += 1 + length;
        else {
            const pieces = Math.ceil(length / perLine);
            lines += pieces;
            used = length - (pieces - 1) * perLine;
        }
    }
    return Math.max(1, lines);
}
function nodeBox(node, x, y, width, o) {
    const lines = lineCount(node.text, (width - 2 * o.padding) / (0.5 * o.fontSize));
    const height = lines * o.fontSize * o.lineHeight + 2 * o.padding;
    return { id: node.id, x, y, width, height, lines, side: node.side };
}
/** The edge from a claim's box to its target (see the top of the file). */
function claimEdge(node, parent, box, parentBox, parentEdge, trunk, step) {
    const relation = node.relation ?? 'support';
    const start = { x: box.x, y: box.y + box.height / 2 };
    let rest;
    const [first, second] = parentEdge?.points ?? [];
    if (relation === 'undercut' && first && second) {
        const x = (first.x + second.x) / 2;
        rest = [
            { x, y: start.y },
            { x, y: first.y }
        ];
    }
    else if (parent.parent === null) {
        rest = [
            { x: trunk.x, y: start.y },
            { x: trunk.x, y: trunk.busY },
            { x: trunk.attachX, y: trunk.busY },
            { x: trunk.attachX, y: trunk.thesisBottom }
        ];
    }
    else {
        const x = parentBox.x + spineShare[relation === 'attack' ? 'attack' : 'support'] * step;
        rest = [
            { x, y: start.y },
            { x, y: parentBox.y + parentBox.height }
        ];
    }
    const points = [start, ...rest].filter((p, i, all) => i === 0 || p.x !== all[i - 1]?.x || p.y !== all[i - 1]?.y);
    const end = points.at(-1) ?? start;
    return { from: node.id, to: parent.id, relation, x1: start.x, y1: start.y, x2: end.x, y2: end.y, points };
}
/** The claims not hidden, in document order, each with its target and its column (its top-level side). */
function shownClaims(tree, hidden) {
    const shown = [];
    const columns = new Map();
    for (const node of tree.nodes.values()) {
        const parent = node.parent === null ? undefined : tree.nodes.get(node.parent);
        if (!parent || hidden.has(node.id))
            continue;
        const column = parent.parent === null ? (node.side ?? 'for') : columns.get(parent.id);
        if (column === undefined)
            continue; // below a hidden claim
        columns.set(node.id, column);
        shown.push({ node, parent, column });
    }
    return shown;
}
function round(value) {
    return Math.round(value * 100) / 100;
}
function checkedOptions(options) {
    const { width, fontSize = 14, lineHeight = 1.35, indent = 24, gap = 12, padding = 10 } = options;
    const { stackBelow = 640, hidden = new Set() } = options;
    const resolved = { width, fontSize, lineHeight, indent, gap, padding, stackBelow, hidden };
    const above0 = (value) => value > 0 && Number.isFinite(value);
    const atLeast0 = (value) => value >= 0 && Number.isFinite(value);
    const problems = [
        !above0(width) && 'width must be above 0',
        !above0(fontSize) && 'fontSize must be above 0',
        !above0(lineHeight) && 'lineHeight must be above 0',
        !above0(indent) && 'indent must be above 0',
        !atLeast0(gap) && 'gap must be 0 or more',
        !atLeast0(padding) && 'padding must be 0 or more',
        !(stackBelow >= 0) && 'stackBelow must be 0 or more'
    ].filter(Boolean);
    if (problems.length > 0)
        throw new Error(`Invalid argument map options: ${problems.join('; ')}.`);
    return resolved;
}
