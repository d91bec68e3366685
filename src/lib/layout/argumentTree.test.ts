/**
 * Tests for the argument outline's model: a hand-made debate (document order, sides, counts, every key of
 * the tree pattern, the filter and classroom helpers), then properties over random trees (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	argumentTree,
	ArgumentTreeError,
	fadedClaims,
	nextBranchEnd,
	revealOrder,
	treeKey,
	visibleNodes,
	withoutSide,
	type ArgumentClaim,
	type ArgumentTree,
	type Relation
} from './argumentTree';

const thesis = { id: 'thesis', text: 'France should leave NATO.' };
const claim = (id: string, relation: Relation, target: string, kind = 'fact') => ({
	id,
	text: `Claim ${id}`,
	relation,
	target,
	kind
});
/** Given out of order, so that ordering and stability show. */
const claims = [
	claim('a1', 'attack', 'thesis', 'value'),
	claim('s1', 'support', 'thesis'),
	claim('u1', 'undercut', 's1', 'forecast'),
	claim('s1a', 'attack', 's1'),
	claim('s2', 'support', 'thesis', 'value'),
	claim('a1s', 'support', 'a1'),
	claim('s1s', 'support', 's1'),
	claim('a1x', 'attack', 'a1')
];
const tree = argumentTree(thesis, claims);
const documentOrder = ['thesis', 's1', 's1s', 's1a', 'u1', 's2', 'a1', 'a1s', 'a1x'];
const node = (id: string) => tree.nodes.get(id);
/** What `argumentTree` refuses in `list`; undefined when it builds the tree. */
function problemOf(list: readonly ArgumentClaim[]) {
	try {
		argumentTree(thesis, list);
	} catch (error) {
		if (error instanceof ArgumentTreeError) return error.problem;
		throw error;
	}
	return undefined;
}

describe('argumentTree by hand', () => {
	it('orders children supports first, then attacks, then undercuts, and iterates in document order', () => {
		expect([...tree.nodes.keys()]).toEqual(documentOrder);
		expect(node('thesis')?.children).toEqual(['s1', 's2', 'a1']);
		expect(node('s1')?.children).toEqual(['s1s', 's1a', 'u1']);
		expect(node('a1')?.children).toEqual(['a1s', 'a1x']);
	});

	it('gives parents, depths, relations, counts and sides', () => {
		expect(node('thesis')).toMatchObject({ parent: null, depth: 0, side: null, relation: null });
		expect(node('thesis')?.counts).toEqual({ support: 2, attack: 1, undercut: 0 });
		expect(node('s1')?.counts).toEqual({ support: 1, attack: 1, undercut: 1 });
		expect(node('u1')).toMatchObject({ parent: 's1', depth: 2, relation: 'undercut', children: [] });
		expect(node('u1')?.counts).toEqual({ support: 0, attack: 0, undercut: 0 });
		const sides = Object.fromEntries([...tree.nodes.values()].map((n) => [n.id, n.side]));
		expect(sides).toEqual({
			thesis: null,
			s1: 'for',
			s1s: 'for',
			s1a: 'against',
			u1: 'against',
			s2: 'for',
			a1: 'against',
			a1s: 'against',
			a1x: 'for'
		});
	});

	it.each([
		['a repeated id', [claim('x', 'support', 'thesis'), claim('x', 'attack', 'thesis')], /unique/],
		['a claim with the thesis’s id', [claim('thesis', 'support', 'thesis')], /unique/],
		['an unknown target', [claim('x', 'support', 'nowhere')], /neither the thesis nor a claim/],
		['an undercut of the thesis', [claim('x', 'undercut', 'thesis')], /undercuts the thesis/],
		['a cycle', [claim('x', 'support', 'y'), claim('y', 'attack', 'x')], /cycle/],
		['an unknown relation', [{ ...claim('x', 'support', 'thesis'), relation: 'rebut' as Relation }], /rebut/]
	])('throws for %s', (_, bad, message) => {
		expect(() => argumentTree(thesis, bad)).toThrow(message);
	});

	it('says what is wrong, naming the claims, for callers that word their own message', () => {
		const rebut = { ...claim('x', 'support', 'thesis'), relation: 'rebut' as Relation };
		expect(problemOf(claims)).toBeUndefined();
		expect(problemOf([claim('ok', 'support', 'thesis'), claim('thesis', 'support', 'ok')])).toEqual({
			kind: 'repeated-id',
			claim: 'thesis'
		});
		expect(problemOf([rebut])).toEqual({ kind: 'unknown-relation', claim: 'x', relation: 'rebut' });
		expect(problemOf([claim('x', 'support', 'nowhere')])).toEqual({
			kind: 'unknown-target',
			claim: 'x',
			target: 'nowhere'
		});
		expect(problemOf([claim('x', 'undercut', 'thesis')])).toEqual({ kind: 'undercut-of-thesis', claim: 'x' });
	});

	it('reports the problem of the first claim that has one', () => {
		const bad = [
			claim('ok', 'support', 'thesis'),
			claim('lost', 'support', 'nowhere'),
			claim('ok', 'attack', 'ok')
		];
		expect(problemOf(bad)).toMatchObject({ kind: 'unknown-target', claim: 'lost' });
	});

	it('gives a cycle in the order of its targets, starting with the claim listed first', () => {
		expect(problemOf([...claims, claim('loop', 'support', 'loop')])).toEqual({
			kind: 'cycle',
			claim: 'loop',
			cycle: ['loop']
		});
		const withCycle = [
			claim('ok', 'support', 'thesis'),
			claim('tail', 'support', 'a'),
			claim('c', 'attack', 'a'),
			claim('a', 'support', 'b'),
			claim('b', 'undercut', 'c')
		];
		expect(problemOf(withCycle)).toEqual({ kind: 'cycle', claim: 'c', cycle: ['c', 'a', 'b'] });
		expect(() => argumentTree(thesis, withCycle)).toThrow(
			'Claim "c" never leads to the thesis: its targets form a cycle (c → a → b → c).'
		);
	});
});

describe('visibleNodes by hand', () => {
	it('always shows the thesis, and descends only into expanded nodes', () => {
		expect(visibleNodes(tree, new Set())).toEqual(['thesis']);
		expect(visibleNodes(tree, new Set(['thesis']))).toEqual(['thesis', 's1', 's2', 'a1']);
		expect(visibleNodes(tree, new Set(['thesis', 'a1', 's1s']))).toEqual([
			'thesis',
			's1',
			's2',
			'a1',
			'a1s',
			'a1x'
		]);
		expect(visibleNodes(tree, new Set(['s1']))).toEqual(['thesis']);
		expect(visibleNodes(tree, new Set(tree.nodes.keys()))).toEqual(documentOrder);
	});
});

describe('treeKey by hand', () => {
	const open = new Set(['thesis']);
	const press = (focused: string, key: string, expanded: ReadonlySet<string> = open) =>
		treeKey(tree, expanded, focused, key);

	it('moves down and up through the visible rows, stopping at the ends', () => {
		expect(press('thesis', 'ArrowDown')).toEqual({ focused: 's1', expanded: open, handled: true });
		expect(press('s2', 'ArrowDown').focused).toBe('a1');
		expect(press('a1', 'ArrowDown').focused).toBe('a1');
		expect(press('s1', 'ArrowUp').focused).toBe('thesis');
		expect(press('thesis', 'ArrowUp').focused).toBe('thesis');
		const s1Open = new Set(['thesis', 's1']);
		expect(press('s2', 'ArrowUp', s1Open).focused).toBe('u1');
		expect(press('u1', 'ArrowDown', s1Open).focused).toBe('s2');
	});

	it('ArrowRight opens a closed node, then moves to its first child; does nothing on a leaf', () => {
		const opened = press('s1', 'ArrowRight');
		expect(opened.focused).toBe('s1');
		expect([...opened.expanded].sort()).toEqual(['s1', 'thesis']);
		expect(press('s1', 'ArrowRight', opened.expanded)).toMatchObject({ focused: 's1s', handled: true });
		expect(press('s2', 'ArrowRight')).toEqual({ focused: 's2', expanded: open, handled: true });
		expect(press('thesis', 'ArrowRight', new Set()).expanded).toEqual(new Set(['thesis']));
	});

	it('ArrowLeft closes an open node, otherwise moves to the parent; the closed thesis stays', () => {
		const closed = press('thesis', 'ArrowLeft');
		expect(closed.focused).toBe('thesis');
		expect(closed.expanded).toEqual(new Set());
		const s1Open = new Set(['thesis', 's1']);
		expect(press('s1', 'ArrowLeft', s1Open).expanded).toEqual(open);
		expect(press('s1s', 'ArrowLeft', s1Open)).toEqual({ focused: 's1', expanded: s1Open, handled: true });
		expect(press('s2', 'ArrowLeft').focused).toBe('thesis');
		expect(press('thesis', 'ArrowLeft', new Set())).toMatchObject({ focused: 'thesis', handled: true });
	});

	it('Home and End move to the first and last visible rows', () => {
		expect(press('s2', 'Home').focused).toBe('thesis');
		expect(press('s1', 'End').focused).toBe('a1');
		expect(press('s1', 'End', new Set(['thesis', 'a1'])).focused).toBe('a1x');
	});

	it('* opens every sibling that has children, the focused node included, and keeps the focus', () => {
		const all = press('s2', '*');
		expect(all.focused).toBe('s2');
		expect([...all.expanded].sort()).toEqual(['a1', 's1', 'thesis']);
		expect(press('s1', '*').expanded).toEqual(new Set(['thesis', 's1', 'a1']));
		expect(press('thesis', '*', new Set()).expanded).toEqual(open);
		const already = new Set(['thesis', 's1', 'a1']);
		expect(press('a1', '*', already).expanded).toBe(already);
	});

	it('leaves Enter, Space and other keys to the component', () => {
		for (const key of ['Enter', ' ', 'a', 'Tab'])
			expect(press('s1', key)).toEqual({ focused: 's1', expanded: open, handled: false });
	});

	it('moves the focus off a hidden or unknown node first', () => {
		expect(press('s1s', 'Enter').focused).toBe('s1');
		expect(press('s1s', 'ArrowDown').focused).toBe('s2');
		expect(press('nowhere', 'ArrowDown').focused).toBe('s1');
	});

	it('never changes the set it is given', () => {
		const expanded = new Set(['thesis', 's1']);
		for (const key of ['ArrowRight', 'ArrowLeft', '*']) press('s1', key, expanded);
		press('a1', 'ArrowRight', expanded);
		expect(expanded).toEqual(new Set(['thesis', 's1']));
	});
});

describe('filter and classroom helpers', () => {
	it('fades the claims that do not match, never the thesis', () => {
		expect(fadedClaims(tree, claims, (_, c) => c.kind === 'fact')).toEqual(new Set(['a1', 'u1', 's2']));
		expect(fadedClaims(tree, [thesis, ...claims], () => false)).toEqual(new Set(claims.map((c) => c.id)));
		expect(fadedClaims(tree, claims, (id) => id.startsWith('s'))).toEqual(
			new Set(['a1', 'u1', 'a1s', 'a1x'])
		);
	});

	it('hides a side with everything below it', () => {
		expect(withoutSide(tree, 'against')).toEqual(new Set(['s1a', 'u1', 'a1', 'a1s', 'a1x']));
		expect(withoutSide(tree, 'for')).toEqual(new Set(['s1', 's1s', 's1a', 'u1', 's2', 'a1x']));
	});

	it('reveals hidden claims in document order, a claim at a time or a branch at a time', () => {
		const against = revealOrder(tree, withoutSide(tree, 'against'));
		expect(against).toEqual(['s1a', 'u1', 'a1', 'a1s', 'a1x']);
		expect([0, 1, 2, 5].map((n) => nextBranchEnd(tree, against, n))).toEqual([1, 2, 5, 5]);
		const forSide = revealOrder(tree, withoutSide(tree, 'for'));
		expect(forSide).toEqual(['s1', 's1s', 's1a', 'u1', 's2', 'a1x']);
		// s1's branch holds its support, its attack and the undercut of its link to the thesis.
		expect([0, 4, 5, 6].map((n) => nextBranchEnd(tree, forSide, n))).toEqual([4, 5, 6, 6]);
		expect(revealOrder(tree, new Set())).toEqual([]);
		expect(nextBranchEnd(tree, [], 0)).toBe(0);
	});
});

/**
 * 1–40 claims forming a tree, given in a shuffled order: claim i targets the thesis or one of the claims
 * before it; an undercut drawn for the thesis becomes an attack.
 */
const randomClaims: fc.Arbitrary<ArgumentClaim[]> = fc
	.array(
		fc.record({ target: fc.nat(), relation: fc.constantFrom<Relation>('support', 'attack', 'undercut') }),
		{
			minLength: 1,
			maxLength: 40
		}
	)
	.map((drawn) =>
		drawn.map(({ target, relation }, i) => {
			const index = target % (i + 1);
			return {
				id: `c${i}`,
				text: `Claim ${i}`,
				target: index === 0 ? 'thesis' : `c${index - 1}`,
				relation: index === 0 && relation === 'undercut' ? ('attack' as const) : relation
			};
		})
	)
	.chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));

/** A random tree, a random set of expanded nodes and a random focused node. */
const treeState = randomClaims.chain((list) => {
	const random = argumentTree(thesis, list);
	const ids = [...random.nodes.keys()];
	return fc.record({
		tree: fc.constant(random),
		expanded: fc.subarray(ids).map((chosen) => new Set(chosen)),
		focused: fc.constantFrom(...ids)
	});
});
const keys = fc.constantFrom(
	'ArrowDown',
	'ArrowUp',
	'ArrowRight',
	'ArrowLeft',
	'Home',
	'End',
	'*',
	'Enter',
	' '
);

const rank = { support: 0, attack: 1, undercut: 2 };
const parentSide = (random: ArgumentTree, parent: string | null) =>
	parent === null ? undefined : random.nodes.get(parent)?.side;

/** A node's id and its ancestors' ids, up to the thesis. */
function lineage(random: ArgumentTree, id: string): string[] {
	const ids: string[] = [];
	for (let node = random.nodes.get(id); node; node = random.nodes.get(node.parent ?? '')) ids.push(node.id);
	return ids;
}

describe('argumentTree, properties over random trees', () => {
	it('lists every node exactly once when all are expanded, parents before children', () => {
		fc.assert(
			fc.property(randomClaims, (list) => {
				const random = argumentTree(thesis, list);
				const visible = visibleNodes(random, new Set(random.nodes.keys()));
				expect(visible).toHaveLength(list.length + 1);
				expect(new Set(visible).size).toBe(visible.length);
				expect(visible).toEqual([...random.nodes.keys()]);
				for (const [index, id] of visible.entries()) {
					const parent = random.nodes.get(id)?.parent;
					if (parent !== null && parent !== undefined) expect(visible.indexOf(parent)).toBeLessThan(index);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('orders children by relation then input order, counts them, and gives each claim its side', () => {
		fc.assert(
			fc.property(randomClaims, (list) => {
				const random = argumentTree(thesis, list);
				const position = new Map(list.map((c, i) => [c.id, i]));
				for (const n of random.nodes.values()) {
					const children = n.children.map((id) => list[position.get(id) ?? -1]);
					const sorted = children.toSorted(
						(a, b) =>
							rank[a?.relation ?? 'support'] - rank[b?.relation ?? 'support'] ||
							(position.get(a?.id ?? '') ?? 0) - (position.get(b?.id ?? '') ?? 0)
					);
					expect(children).toEqual(sorted);
					expect(n.counts.support + n.counts.attack + n.counts.undercut).toBe(n.children.length);
					if (n.relation === null) continue;
					const agrees = n.relation === 'support';
					const base = parentSide(random, n.parent) ?? 'for';
					expect(n.side).toBe(agrees === (base === 'for') ? 'for' : 'against');
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('gives each node its depth: the number of targets followed to reach the thesis', () => {
		fc.assert(
			fc.property(randomClaims, (list) => {
				const random = argumentTree(thesis, list);
				for (const n of random.nodes.values()) expect(n.depth).toBe(lineage(random, n.id).length - 1);
			}),
			{ numRuns: 200 }
		);
	});

	it('reports exactly the cycle a back edge makes: from a claim to itself or to a claim below it', () => {
		const withBackEdge = randomClaims.chain((list) => {
			const random = argumentTree(thesis, list);
			return fc.constantFrom(...list.map((c) => c.id)).chain((from) =>
				fc.record({
					list: fc.constant(list),
					from: fc.constant(from),
					to: fc.constantFrom(...list.map((c) => c.id).filter((id) => lineage(random, id).includes(from)))
				})
			);
		});
		fc.assert(
			fc.property(withBackEdge, ({ list, from, to }) => {
				const path = lineage(argumentTree(thesis, list), to);
				const changed = list.map((c) => (c.id === from ? { ...c, target: to } : c));
				const problem = problemOf(changed);
				expect(problem?.kind).toBe('cycle');
				const cycle = problem?.kind === 'cycle' ? problem.cycle : [];
				// Exactly the claims from `to` up to `from`, each targeting the next, the one listed first first.
				expect(new Set(cycle)).toEqual(new Set(path.slice(0, path.indexOf(from) + 1)));
				const target = new Map(changed.map((c) => [c.id, c.target]));
				cycle.forEach((id, i) => expect(target.get(id)).toBe(cycle[(i + 1) % cycle.length]));
				const position = new Map(changed.map((c, i) => [c.id, i]));
				expect(Math.min(...cycle.map((id) => position.get(id) ?? -1))).toBe(position.get(cycle[0] ?? ''));
			}),
			{ numRuns: 300 }
		);
	});

	it('treeKey only ever focuses a visible node, and never mutates its input', () => {
		fc.assert(
			fc.property(treeState, fc.array(keys, { minLength: 1, maxLength: 30 }), (state, pressed) => {
				let { focused } = state;
				let expanded: ReadonlySet<string> = state.expanded;
				const before = [...state.expanded];
				for (const key of pressed) {
					const result = treeKey(state.tree, expanded, focused, key);
					expect(visibleNodes(state.tree, result.expanded)).toContain(result.focused);
					({ focused, expanded } = result);
				}
				expect([...state.expanded]).toEqual(before);
			}),
			{ numRuns: 300 }
		);
	});

	it('withoutSide hides exactly the claims of that side and what lies below them', () => {
		fc.assert(
			fc.property(randomClaims, fc.constantFrom('for' as const, 'against' as const), (list, side) => {
				const random = argumentTree(thesis, list);
				const hidden = withoutSide(random, side);
				for (const n of random.nodes.values()) {
					const ofSide = lineage(random, n.id).some((id) => random.nodes.get(id)?.side === side);
					expect(hidden.has(n.id)).toBe(ofSide);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('revealing any number of hidden claims, or branch after branch, never shows a claim without its target', () => {
		fc.assert(
			fc.property(randomClaims, fc.constantFrom('for' as const, 'against' as const), (list, side) => {
				const random = argumentTree(thesis, list);
				const order = revealOrder(random, withoutSide(random, side));
				expect(new Set(order)).toEqual(withoutSide(random, side));
				for (let n = 0; n <= order.length; n++) {
					const stillHidden = new Set(order.slice(n));
					for (const id of order.slice(0, n))
						expect(stillHidden.has(random.nodes.get(id)!.parent!)).toBe(false);
				}
				let steps = 0;
				for (let n = 0; n < order.length; steps++) {
					const end = nextBranchEnd(random, order, n);
					expect(end).toBeGreaterThan(n);
					// A branch is the claim and exactly the hidden claims below it.
					const branch = order.filter((id) => lineage(random, id).includes(order[n]!));
					expect(order.slice(n, end)).toEqual(branch);
					n = end;
				}
				expect(steps).toBeLessThanOrEqual(order.length);
			}),
			{ numRuns: 200 }
		);
	});
});
