/** Tests for the argument-graph helpers: a hand-made debate, malformed graphs, then random trees. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	claimChildren,
	claimDepth,
	claimSpeakers,
	findCycle,
	sideOf,
	type ArgumentRelation,
	type GraphClaim
} from './argumentGraph';

const claim = (id: string, relation: ArgumentRelation, target: string): GraphClaim => ({
	id,
	relation,
	target
});

/**
 * thesis
 * ├ support pro            (for)
 * │ ├ support pro-fact     (for)
 * │ ├ attack pro-rebuttal  (against)
 * │ │ └ attack reply       (for)
 * │ └ undercut middle      (against)
 * └ attack con            (against)
 *   ├ support con-fact     (against)
 *   └ undercut con-cut     (for)
 */
const debate: GraphClaim[] = [
	claim('pro', 'support', 'thesis'),
	claim('con', 'attack', 'thesis'),
	claim('pro-fact', 'support', 'pro'),
	claim('pro-rebuttal', 'attack', 'pro'),
	claim('reply', 'attack', 'pro-rebuttal'),
	claim('middle', 'undercut', 'pro'),
	claim('con-fact', 'support', 'con'),
	claim('con-cut', 'undercut', 'con')
];

describe('argument graph helpers by hand', () => {
	it('lists the claims that target a node, in input order', () => {
		expect(claimChildren(debate, 'thesis').map((c) => c.id)).toEqual(['pro', 'con']);
		expect(claimChildren(debate, 'pro').map((c) => c.id)).toEqual(['pro-fact', 'pro-rebuttal', 'middle']);
		expect(claimChildren(debate, 'reply')).toEqual([]);
		expect(claimChildren(debate, 'nothing')).toEqual([]);
	});

	it('counts the steps to the thesis', () => {
		expect(claimDepth(debate, 'thesis')).toBe(0);
		expect(claimDepth(debate, 'pro')).toBe(1);
		expect(claimDepth(debate, 'con-cut')).toBe(2);
		expect(claimDepth(debate, 'reply')).toBe(3);
		expect(claimDepth(debate, 'nothing')).toBeNull();
	});

	it('gives each claim its side', () => {
		const sides = Object.fromEntries(debate.map((c) => [c.id, sideOf(debate, c.id)]));
		expect(sides).toEqual({
			pro: 'for',
			con: 'against',
			'pro-fact': 'for',
			'pro-rebuttal': 'against',
			reply: 'for',
			middle: 'against',
			'con-fact': 'against',
			'con-cut': 'for'
		});
	});

	it('finds no cycle in a tree', () => {
		expect(findCycle(debate)).toBeNull();
		expect(findCycle([])).toBeNull();
	});

	it('finds a claim that targets itself', () => {
		expect(findCycle([...debate, claim('loop', 'support', 'loop')])).toEqual(['loop']);
	});

	it('finds a longer cycle, in the order of its targets, starting with the claim listed first', () => {
		const cycle = [
			claim('ok', 'support', 'thesis'),
			claim('c', 'attack', 'a'),
			claim('a', 'support', 'b'),
			claim('b', 'undercut', 'c'),
			claim('tail', 'support', 'a')
		];
		expect(findCycle(cycle)).toEqual(['c', 'a', 'b']);
	});

	it('does not reach the thesis from a cycle or from an unknown target', () => {
		const broken = [
			...debate,
			claim('x', 'support', 'y'),
			claim('y', 'support', 'x'),
			claim('z', 'attack', 'x'),
			claim('lost', 'support', 'nowhere')
		];
		expect(claimDepth(broken, 'x')).toBeNull();
		expect(claimDepth(broken, 'z')).toBeNull();
		expect(claimDepth(broken, 'lost')).toBeNull();
		expect(claimDepth(broken, 'reply')).toBe(3);
		expect(() => sideOf(broken, 'z')).toThrow('never leads to the thesis');
		expect(() => sideOf(broken, 'lost')).toThrow('never leads to the thesis');
		expect(() => sideOf(broken, 'thesis')).toThrow('is not a claim');
	});

	it('takes another thesis id when asked', () => {
		const other = [claim('a', 'attack', 'root'), claim('b', 'undercut', 'a')];
		expect(claimDepth(other, 'b', 'root')).toBe(2);
		expect(sideOf(other, 'b', 'root')).toBe('for');
		expect(claimDepth(other, 'b')).toBeNull();
	});
});

/**
 * 1–40 claims forming a tree, in a shuffled order: claim i targets the thesis or one of the claims before
 * it; an undercut drawn for the thesis becomes an attack.
 */
const randomTree: fc.Arbitrary<GraphClaim[]> = fc
	.array(
		fc.record({
			target: fc.nat(),
			relation: fc.constantFrom<ArgumentRelation>('support', 'attack', 'undercut')
		}),
		{ minLength: 1, maxLength: 40 }
	)
	.map((drawn) =>
		drawn.map(({ target, relation }, i) => {
			const index = target % (i + 1);
			return claim(
				`c${i}`,
				index === 0 && relation === 'undercut' ? 'attack' : relation,
				index === 0 ? 'thesis' : `c${index - 1}`
			);
		})
	)
	.chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));

/** The ids from `id` up to, not including, the thesis. */
function ancestry(claims: readonly GraphClaim[], id: string): string[] {
	const ids: string[] = [];
	for (let c = claims.find((x) => x.id === id); c; c = claims.find((x) => x.id === c?.target)) ids.push(c.id);
	return ids;
}

describe('argument graph helpers, properties over random trees', () => {
	it('never reports a cycle in a tree, and every claim reaches the thesis', () => {
		fc.assert(
			fc.property(randomTree, (claims) => {
				expect(findCycle(claims)).toBeNull();
				for (const c of claims) expect(claimDepth(claims, c.id)).toBe(ancestry(claims, c.id).length);
			}),
			{ numRuns: 300 }
		);
	});

	it('always reports the cycle that a back edge makes: from a claim to itself or to a descendant', () => {
		const withBackEdge = randomTree.chain((claims) =>
			fc
				.record({ claims: fc.constant(claims), from: fc.constantFrom(...claims.map((c) => c.id)) })
				.chain(({ claims, from }) => {
					const descendants = claims.filter((c) => ancestry(claims, c.id).includes(from)).map((c) => c.id);
					return fc.record({
						claims: fc.constant(claims),
						from: fc.constant(from),
						to: fc.constantFrom(...descendants)
					});
				})
		);
		fc.assert(
			fc.property(withBackEdge, ({ claims, from, to }) => {
				const changed = claims.map((c) => (c.id === from ? { ...c, target: to } : c));
				const cycle = findCycle(changed);
				expect(cycle).not.toBeNull();
				// Exactly the claims from `to` up to `from`, each targeting the next.
				const expected = ancestry(claims, to).slice(0, ancestry(claims, to).indexOf(from) + 1);
				expect(new Set(cycle)).toEqual(new Set(expected));
				const target = new Map(changed.map((c) => [c.id, c.target]));
				cycle?.forEach((id, i) => expect(target.get(id)).toBe(cycle[(i + 1) % cycle.length]));
				expect(claimDepth(changed, from)).toBeNull();
			}),
			{ numRuns: 300 }
		);
	});

	it('gives a support its target’s side and an attack or undercut the opposite side', () => {
		fc.assert(
			fc.property(randomTree, (claims) => {
				for (const c of claims) {
					const base = c.target === 'thesis' ? 'for' : sideOf(claims, c.target);
					const flipped = base === 'for' ? 'against' : 'for';
					expect(sideOf(claims, c.id)).toBe(c.relation === 'support' ? base : flipped);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('lists every claim as a child of exactly its target', () => {
		fc.assert(
			fc.property(randomTree, (claims) => {
				const ids = ['thesis', ...claims.map((c) => c.id)];
				const all = ids.flatMap((id) => claimChildren(claims, id).map((c) => c.id));
				expect(all.toSorted()).toEqual(claims.map((c) => c.id).toSorted());
			}),
			{ numRuns: 200 }
		);
	});
});

describe('claimSpeakers', () => {
	it('names each speaker once, in attribution order, without parenthetical caveats', () => {
		const claims = [
			{
				id: 'a',
				attributions: [
					{ speaker: 'Mark Rutte' },
					{ speaker: 'A deputy of the Rassemblement national group (name not shown in our copy)' },
					{ speaker: 'Mark Rutte' }
				]
			},
			{ id: 'b', attributions: [{ speaker: 'La France insoumise deputies (Bastien Lachaud and others)' }] }
		];
		expect(claimSpeakers(claims)).toEqual({
			a: ['Mark Rutte', 'A deputy of the Rassemblement national group'],
			b: ['La France insoumise deputies']
		});
	});
});
