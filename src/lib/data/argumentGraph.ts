/**
 * Small pure helpers over an argument graph: a thesis and claims, each claim supporting, attacking or
 * undercutting one target (the thesis or another claim). The validator uses them to find cycles and claims
 * that never reach the thesis; pages can use them for depth and side. Nothing here throws on a malformed
 * graph except `sideOf`, which has no answer to give for a claim that never reaches the thesis.
 */

export type ArgumentRelation = 'support' | 'attack' | 'undercut';
export type ArgumentSide = 'for' | 'against';

/** What the helpers need of a claim; other fields are carried along untouched. */
export interface GraphClaim {
	id: string;
	relation: ArgumentRelation;
	/** The thesis's id or another claim's id. */
	target: string;
}

/** The thesis's id in content/data/arguments.json. */
export const thesisId = 'thesis';

/** The claims by id; the first of two claims with the same id wins. */
function byId<T extends GraphClaim>(claims: readonly T[]): Map<string, T> {
	const map = new Map<string, T>();
	for (const claim of claims) if (!map.has(claim.id)) map.set(claim.id, claim);
	return map;
}

/** The claims that target `id` (the thesis's id or a claim's), in input order. */
export function claimChildren<T extends GraphClaim>(claims: readonly T[], id: string): T[] {
	return claims.filter((claim) => claim.target === id);
}

/**
 * The ids met by following targets from `id`, starting with `id` itself, until the thesis, an id that is
 * neither a claim nor the thesis, or a repeat. `end` says which of the three stopped the walk.
 */
function walk(
	claims: ReadonlyMap<string, GraphClaim>,
	id: string,
	thesis: string
): { path: string[]; end: 'thesis' | 'unknown' | 'repeat' } {
	const path: string[] = [];
	const seen = new Set<string>();
	for (let current = id; ;) {
		if (current === thesis) return { path, end: 'thesis' };
		const claim = claims.get(current);
		if (!claim) return { path, end: 'unknown' };
		if (seen.has(current)) return { path, end: 'repeat' };
		seen.add(current);
		path.push(current);
		current = claim.target;
	}
}

/**
 * How many steps separate `id` from the thesis: 0 for the thesis, 1 for a claim that targets it, and so
 * on. Null when following targets from `id` never reaches the thesis (a cycle, or an id that is neither a
 * claim nor the thesis).
 */
export function claimDepth(claims: readonly GraphClaim[], id: string, thesis = thesisId): number | null {
	const { path, end } = walk(byId(claims), id, thesis);
	return end === 'thesis' ? path.length : null;
}

/**
 * The ids of a cycle of targets, in the order the targets lead (each claim targets the next, the last the
 * first), starting with the one that comes first in `claims`; null when there is none. With several
 * cycles, the one reached first from the start of `claims`.
 */
export function findCycle(claims: readonly GraphClaim[]): string[] | null {
	const map = byId(claims);
	const order = new Map(claims.map((claim, index) => [claim.id, index] as const).toReversed());
	/** Claims already known to lead out of any cycle, or into one already reported. */
	const done = new Set<string>();
	for (const start of claims) {
		const path: string[] = [];
		const onPath = new Map<string, number>();
		for (let current: string | undefined = start.id; current !== undefined;) {
			if (done.has(current)) break;
			const index = onPath.get(current);
			if (index !== undefined) {
				const cycle = path.slice(index);
				const first = cycle.reduce(
					(best, id, i) => ((order.get(id) ?? 0) < (order.get(cycle[best]!) ?? 0) ? i : best),
					0
				);
				return [...cycle.slice(first), ...cycle.slice(0, first)];
			}
			const claim = map.get(current);
			if (!claim) break;
			onPath.set(current, path.length);
			path.push(current);
			current = claim.target;
		}
		for (const id of path) done.add(id);
	}
	return null;
}

/**
 * The side a claim argues: a support of the thesis is for it, an attack on it against; a support of a
 * claim takes that claim's side, an attack or an undercut the opposite side. So a claim is for the thesis
 * when the chain from it to the thesis holds an even number of attacks and undercuts.
 *
 * @throws Error when `id` is not a claim or following targets from it never reaches the thesis.
 */
export function sideOf(claims: readonly GraphClaim[], id: string, thesis = thesisId): ArgumentSide {
	const map = byId(claims);
	if (!map.has(id)) throw new Error(`"${id}" is not a claim.`);
	const { path, end } = walk(map, id, thesis);
	if (end !== 'thesis') throw new Error(`Claim "${id}" never leads to the thesis "${thesis}".`);
	const flips = path.filter((step) => map.get(step)?.relation !== 'support').length;
	return flips % 2 === 0 ? 'for' : 'against';
}

/**
 * Who made each claim, by claim id: its speakers' names in attribution order, each once, without the
 * parenthetical caveats the data adds to a name ("(name not shown in our copy)"). For charts that show
 * a claim with its speakers rather than its full attributions.
 */
export function claimSpeakers(
	claims: readonly { id: string; attributions: readonly { speaker: string }[] }[]
): Record<string, string[]> {
	const name = (speaker: string) => speaker.replace(/\s*\([^)]*\)/g, '').trim();
	return Object.fromEntries(
		claims.map((claim) => [claim.id, [...new Set(claim.attributions.map((a) => name(a.speaker)))]])
	);
}
