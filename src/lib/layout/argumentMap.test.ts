/**
 * Tests for the argument map's geometry: line estimates, a hand-worked pro/con layout, wide and stacked, then
 * properties over random trees and widths (fast-check). Collisions are judged with `boxesOverlap` and
 * `segmentBoxOverlap` from the label placement.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	argumentMap,
	edgePath,
	lineCount,
	type ArgumentMapLayout,
	type ArgumentMapNode
} from './argumentMap';
import {
	argumentTree,
	withoutSide,
	type ArgumentClaim,
	type ArgumentTree,
	type Relation,
	type Side
} from './argumentTree';
import { boxesOverlap, segmentBoxOverlap, type Box } from './geometry';

/** Float slack for comparisons of computed positions, in px. */
const tolerance = 1e-9;
const thesis = { id: 'thesis', text: 'France should leave NATO.' };
const claim = (id: string, relation: Relation, target: string, text = `Claim ${id}`) => ({
	id,
	text,
	relation,
	target
});
const tree = argumentTree(thesis, [
	claim('s1', 'support', 'thesis'),
	claim('a1', 'attack', 'thesis'),
	claim('s1a', 'attack', 's1'),
	claim('u1', 'undercut', 's1'),
	claim('uu', 'undercut', 'u1')
]);
/** One line of text: 14 px × 1.35 + 2 × 10 px of padding. */
const oneLine = 14 * 1.35 + 20;
const nodeOf = (layout: ArgumentMapLayout, id: string) => layout.nodes.find((n) => n.id === id);
const edgeOf = (layout: ArgumentMapLayout, id: string) => layout.edges.find((e) => e.from === id);

describe('lineCount', () => {
	it.each([
		['', 10, 1],
		['aaaa bbbb', 9, 1],
		['aaaa bbbb', 8, 2],
		['a'.repeat(25), 10, 3],
		[`aaaa ${'b'.repeat(24)} c`, 10, 4],
		['  spaced   out  ', 6, 2],
		['word', 0.5, 4]
	])('%j at %d a line: %d lines', (text, perLine, lines) => {
		expect(lineCount(text, perLine)).toBe(lines);
	});
});

describe('argumentMap by hand', () => {
	it('puts the thesis on top, for claims left and against claims right, each an indented tree', () => {
		const layout = argumentMap(tree, { width: 1000 });
		expect(layout.nodes.map((n) => n.id)).toEqual(['thesis', 's1', 's1a', 'u1', 'uu', 'a1']);
		// Two columns of (1000 − 24) / 2 = 488 px; the thesis spans a column and the gap between, centred.
		expect(nodeOf(layout, 'thesis')).toEqual({
			id: 'thesis',
			x: 244,
			y: 0,
			width: 512,
			height: oneLine,
			lines: 1,
			side: null
		});
		const top = oneLine + 24;
		expect(nodeOf(layout, 's1')).toMatchObject({ x: 24, y: top, width: 464, side: 'for' });
		expect(nodeOf(layout, 's1a')).toMatchObject({
			x: 48,
			y: top + oneLine + 12,
			width: 440,
			side: 'against'
		});
		expect(nodeOf(layout, 'u1')?.y).toBeCloseTo(top + 2 * (oneLine + 12), 9);
		expect(nodeOf(layout, 'uu')).toMatchObject({ x: 72, width: 416, side: 'for' });
		expect(nodeOf(layout, 'a1')).toMatchObject({ x: 512 + 24, y: top, width: 464, side: 'against' });
		expect(layout.width).toBe(1000);
		expect(layout.height).toBeCloseTo(top + 4 * oneLine + 3 * 12, 9);
	});

	it('joins top-level claims to the thesis by a trunk and a bus, and claims to their target by a spine', () => {
		const layout = argumentMap(tree, { width: 1000 });
		const mid = (id: string) => (nodeOf(layout, id)?.y ?? 0) + oneLine / 2;
		expect(edgeOf(layout, 's1')?.points).toEqual([
			{ x: 24, y: mid('s1') },
			{ x: 12, y: mid('s1') },
			{ x: 12, y: oneLine + 12 },
			{ x: 244 + 128, y: oneLine + 12 },
			{ x: 244 + 128, y: oneLine }
		]);
		expect(edgeOf(layout, 'a1')).toMatchObject({
			to: 'thesis',
			relation: 'attack',
			x2: 244 + 384,
			y2: oneLine
		});
		expect(edgeOf(layout, 's1a')).toMatchObject({
			from: 's1a',
			to: 's1',
			relation: 'attack',
			x1: 48,
			y1: mid('s1a'),
			x2: 24 + 12,
			y2: oneLine + 24 + oneLine
		});
	});

	it('ends an undercut on the middle of the first stretch of its target’s edge', () => {
		const layout = argumentMap(tree, { width: 1000 });
		const u1 = edgeOf(layout, 'u1');
		expect(u1).toMatchObject({
			to: 's1',
			relation: 'undercut',
			x2: (24 + 12) / 2,
			y2: edgeOf(layout, 's1')?.y1
		});
		// An undercut of an undercut ends on the first stretch of that undercut's own edge.
		expect(edgeOf(layout, 'uu')).toMatchObject({ to: 'u1', x2: (48 + 18) / 2, y2: u1?.y1 });
	});

	it('stacks the columns on narrow widths, for above against', () => {
		const layout = argumentMap(tree, { width: 400 });
		const s1 = nodeOf(layout, 's1');
		const a1 = nodeOf(layout, 'a1');
		expect(nodeOf(layout, 'thesis')).toMatchObject({ x: 0, width: 400 });
		expect(s1).toMatchObject({ x: 24, width: 376 });
		expect(a1).toMatchObject({ x: 24, width: 376 });
		const lastFor = nodeOf(layout, 'uu');
		expect(a1?.y).toBeCloseTo((lastFor?.y ?? 0) + (lastFor?.height ?? 0) + 24, 9);
		expect(nodeOf(argumentMap(tree, { width: 1000, stackBelow: 1200 }), 'a1')?.x).toBe(24);
		expect(nodeOf(argumentMap(tree, { width: 500, stackBelow: 0 }), 'a1')?.x).toBe(262 + 24);
	});

	it('wraps long texts onto more lines, and shrinks the indent only for deep trees in narrow columns', () => {
		const long = argumentTree(thesis, [claim('s1', 'support', 'thesis', 'word '.repeat(60))]);
		// 464 − 20 px of text at 7 px a character: 63 characters, so twelve four-letter words, a line.
		expect(nodeOf(argumentMap(long, { width: 1000 }), 's1')).toMatchObject({
			lines: 5,
			height: 5 * 18.9 + 20
		});
		const chain = Array.from({ length: 30 }, (_, i) =>
			claim(`c${i}`, 'support', i === 0 ? 'thesis' : `c${i - 1}`)
		);
		const deep = argumentMap(argumentTree(thesis, chain), { width: 400 });
		const deepest = nodeOf(deep, 'c29');
		expect(deepest?.width).toBeCloseTo(140, 9);
		expect((deepest?.x ?? 0) + (deepest?.width ?? 0)).toBeCloseTo(400, 9);
	});

	it('leaves out hidden claims and everything below them, never the thesis', () => {
		const layout = argumentMap(tree, { width: 1000, hidden: new Set(['s1', 'thesis']) });
		expect(layout.nodes.map((n) => n.id)).toEqual(['thesis', 'a1']);
		expect(layout.edges.map((e) => e.from)).toEqual(['a1']);
		const forOnly = argumentMap(tree, { width: 1000, hidden: withoutSide(tree, 'against') });
		// The undercut of an undercut is for the thesis, but goes with the undercut it replies to.
		expect(forOnly.nodes.map((n) => n.id)).toEqual(['thesis', 's1']);
	});

	it('gives SVG path data from the target’s end', () => {
		const points = [
			{ x: 10, y: 20.123 },
			{ x: 4, y: 20.123 },
			{ x: 4, y: 5 }
		];
		expect(edgePath({ points })).toBe('M4,5L4,20.12L10,20.12');
	});

	it.each([
		[{ width: 0 }, /width/],
		[{ width: 500, fontSize: -1 }, /fontSize/],
		[{ width: 500, indent: 0 }, /indent/],
		[{ width: 500, gap: Number.NaN }, /gap/],
		[{ width: 500, padding: -2 }, /padding/],
		[{ width: 500, stackBelow: -1 }, /stackBelow/],
		[{ width: 500, lineHeight: 0 }, /lineHeight/]
	])('throws for the options %j', (options, message) => {
		expect(() => argumentMap(tree, options)).toThrow(message);
	});
});

/**
 * 1–40 claims forming a tree, given in a shuffled order: claim i targets the thesis or one of the claims
 * before it; an undercut drawn for the thesis becomes an attack. Texts run from a word to a long paragraph.
 */
const randomClaims: fc.Arbitrary<ArgumentClaim[]> = fc
	.array(
		fc.record({
			target: fc.nat(),
			relation: fc.constantFrom<Relation>('support', 'attack', 'undercut'),
			text: fc.lorem({ maxCount: 60 })
		}),
		{ minLength: 1, maxLength: 40 }
	)
	.map((drawn) =>
		drawn.map(({ target, relation, text }, i) => {
			const index = target % (i + 1);
			return {
				id: `c${i}`,
				text,
				target: index === 0 ? 'thesis' : `c${index - 1}`,
				relation: index === 0 && relation === 'undercut' ? ('attack' as const) : relation
			};
		})
	)
	.chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));

interface MapCase {
	claims: ArgumentClaim[];
	width: number;
	fontSize: number;
	hide: 'none' | Side;
}

const mapCase: fc.Arbitrary<MapCase> = fc.record({
	claims: randomClaims,
	width: fc.oneof(fc.integer({ min: 640, max: 1600 }), fc.integer({ min: 40, max: 639 })),
	fontSize: fc.integer({ min: 10, max: 20 }),
	hide: fc.constantFrom('none' as const, 'for' as const, 'against' as const)
});

/** The side of a claim's top-level ancestor: the column it belongs in. */
function columnOf(random: ArgumentTree, id: string): string | null {
	for (let node = random.nodes.get(id); node; node = random.nodes.get(node.parent ?? '')) {
		if (node.depth === 1) return node.side;
	}
	return null;
}

function boundsOf(boxes: readonly ArgumentMapNode[]): Box | undefined {
	if (boxes.length === 0) return undefined;
	const x = Math.min(...boxes.map((b) => b.x));
	const y = Math.min(...boxes.map((b) => b.y));
	const right = Math.max(...boxes.map((b) => b.x + b.width));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	return { x, y, width: right - x, height: bottom - y };
}

function layoutOf({ claims, width, fontSize, hide }: MapCase) {
	const random = argumentTree(thesis, claims);
	const hidden = hide === 'none' ? undefined : withoutSide(random, hide);
	return { random, layout: argumentMap(random, { width, fontSize, ...(hidden && { hidden }) }), hidden };
}

describe('argumentMap, properties over random trees', () => {
	it('lays out every shown claim once, inside the width, with no two boxes overlapping', () => {
		fc.assert(
			fc.property(mapCase, (input) => {
				const { random, layout, hidden } = layoutOf(input);
				const shown = [...random.nodes.keys()].filter((id) => !hidden?.has(id));
				expect(layout.nodes.map((n) => n.id)).toEqual(shown);
				for (const [i, a] of layout.nodes.entries()) {
					expect(a.x).toBeGreaterThanOrEqual(0);
					expect(a.x + a.width).toBeLessThanOrEqual(input.width + tolerance);
					expect(a.width).toBeGreaterThan(0);
					expect(a.y + a.height).toBeLessThanOrEqual(layout.height + tolerance);
					for (const b of layout.nodes.slice(i + 1))
						expect(boxesOverlap(a, b), `${a.id} ${b.id}`).toBe(false);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('puts children below their parents, and keeps the for and against columns apart', () => {
		fc.assert(
			fc.property(mapCase, (input) => {
				const { random, layout } = layoutOf(input);
				const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
				for (const n of layout.nodes) {
					const parent = boxes.get(random.nodes.get(n.id)?.parent ?? '');
					if (parent) expect(n.y).toBeGreaterThanOrEqual(parent.y + parent.height + 12 - tolerance);
				}
				const forBlock = boundsOf(layout.nodes.filter((n) => columnOf(random, n.id) === 'for'));
				const againstBlock = boundsOf(layout.nodes.filter((n) => columnOf(random, n.id) === 'against'));
				if (forBlock && againstBlock) {
					expect(boxesOverlap(forBlock, againstBlock)).toBe(false);
					if (input.width >= 640) expect(forBlock.x + forBlock.width).toBeLessThan(againstBlock.x);
					else expect(forBlock.y + forBlock.height).toBeLessThan(againstBlock.y);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('joins each claim to its target’s box (or its target’s edge, for undercuts), crossing no box', () => {
		fc.assert(
			fc.property(mapCase, (input) => {
				const { random, layout } = layoutOf(input);
				const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
				const edges = new Map(layout.edges.map((e) => [e.from, e]));
				expect(layout.edges.map((e) => e.from)).toEqual(layout.nodes.slice(1).map((n) => n.id));
				for (const edge of layout.edges) {
					const node = random.nodes.get(edge.from);
					const from = boxes.get(edge.from);
					const to = boxes.get(edge.to);
					expect(edge).toMatchObject({ to: node?.parent, relation: node?.relation });
					if (!from || !to) throw new Error(`${edge.from} or ${edge.to} is not laid out`);
					expect(edge.points[0]).toEqual({ x: edge.x1, y: edge.y1 });
					expect(edge.points.at(-1)).toEqual({ x: edge.x2, y: edge.y2 });
					expect([edge.x1, edge.y1]).toEqual([from.x, from.y + from.height / 2]);
					if (edge.relation === 'undercut') {
						const [a, b] = edges.get(edge.to)?.points ?? [];
						expect(edge.y2).toBe(a?.y);
						expect(edge.x2).toBeCloseTo(((a?.x ?? NaN) + (b?.x ?? NaN)) / 2, 9);
					} else {
						expect(edge.y2).toBeCloseTo(to.y + to.height, 9);
						expect(edge.x2).toBeGreaterThan(to.x);
						expect(edge.x2).toBeLessThan(to.x + to.width);
					}
					for (const [i, p] of edge.points.entries()) {
						expect(p.x).toBeGreaterThanOrEqual(0);
						expect(p.x).toBeLessThanOrEqual(input.width);
						const q = edge.points[i + 1];
						if (!q) continue;
						expect(p.x === q.x || p.y === q.y, `${edge.from}: a slanted stretch`).toBe(true);
						const stretch = { x1: p.x, y1: p.y, x2: q.x, y2: q.y };
						for (const box of layout.nodes)
							expect(segmentBoxOverlap(stretch, box), `${edge.from} crosses ${box.id}`).toBe(false);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(mapCase, (input) => {
				expect(layoutOf(input).layout).toEqual(layoutOf(input).layout);
			}),
			{ numRuns: 100 }
		);
	});
});
