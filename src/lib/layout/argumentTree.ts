/**
 * The model of an argument map's accessible outline: the thesis and its claims as a tree, each claim on the
 * side (for or against the thesis) it argues, with the visible rows, the keyboard model of the WAI-ARIA tree
 * pattern (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/) and the sets of claims a filter fades or a
 * classroom mode hides. Pure: no DOM; sets in, new sets out, never mutated.
 *
 * Each claim supports, attacks or undercuts exactly one target: the thesis or another claim. An undercut
 * targets a claim and attacks the inference from that claim to its own target, so it cannot target the
 * thesis. Sides: a support of the thesis is for it, an attack against it; a support of a claim takes that
 * claim's side, an attack or an undercut the opposite side.
 *
 * This is the one model of the debate's graph: the charts draw it, the content validator refuses what it
 * refuses (reading `ArgumentTreeError.problem` to word its own message) and the data downloads read each
 * claim's side and depth from it, so the side a chart colours is the side the CSV gives.
 *
 * d3-hierarchy builds and walks the tree (`stratify`, `sort`, `eachBefore`). What stays ours, as d3 has none
 * of it: the validation, which refuses bad input with messages naming the claim (and, for a cycle, the
 * claims that form it); sides and relation counts; the visible rows and the tree pattern's keyboard model
 * (`visibleNodes`, `treeKey`); the filter and classroom sets (`fadedClaims`, `withoutSide`, `revealOrder`,
 * `nextBranchEnd`).
 */
import { stratify, type HierarchyNode } from 'd3-hierarchy';

export type Relation = 'support' | 'attack' | 'undercut';
export type Side = 'for' | 'against';

export interface ArgumentThesis {
	/** Usually `'thesis'`; must differ from every claim's id. */
	id: string;
	text: string;
}

/** A claim; other fields (kind, status, sources…) may be present and are ignored. */
export interface ArgumentClaim {
	/** Unique among the claims, and not the thesis's id. */
	id: string;
	text: string;
	relation: Relation;
	/** The thesis's id or another claim's id. */
	target: string;
}

export interface ArgumentNode {
	id: string;
	text: string;
	/** The target's id; null for the thesis. */
	parent: string | null;
	/** The claims that target this node: supports first, then attacks, then undercuts, each in input order. */
	children: string[];
	/** 0 for the thesis, 1 for the claims that target it, and so on. */
	depth: number;
	/** The side the claim argues; null for the thesis. */
	side: Side | null;
	/** How the claim bears on its target; null for the thesis. */
	relation: Relation | null;
	/** The number of direct children of each relation. */
	counts: Record<Relation, number>;
}

export interface ArgumentTree {
	/** The thesis's id. */
	root: string;
	/** Every node by id; iterating the map gives document order (the thesis, then each claim's subtree). */
	nodes: ReadonlyMap<string, ArgumentNode>;
}

const relationOrder: readonly Relation[] = ['support', 'attack', 'undercut'];

/** Why `argumentTree` refused a graph, with the ids a caller needs to word its own message. */
export type ArgumentTreeProblem =
	/** A claim has the id of the thesis or of a claim before it. */
	| { kind: 'repeated-id'; claim: string }
	| { kind: 'unknown-relation'; claim: string; relation: string }
	/** The target is neither the thesis nor a claim. */
	| { kind: 'unknown-target'; claim: string; target: string }
	| { kind: 'undercut-of-thesis'; claim: string }
	/**
	 * Claims whose targets go round a loop, in the order the targets lead (each targets the next, the last the
	 * first), starting with the one listed first; `claim` is that one. With several loops, the one reached
	 * first from the start of the claims.
	 */
	| { kind: 'cycle'; claim: string; cycle: string[] };

/** What `argumentTree` throws: a message naming the claim, and the problem for callers to word their own. */
export class ArgumentTreeError extends Error {
	readonly problem: ArgumentTreeProblem;

	constructor(problem: ArgumentTreeProblem, options?: ErrorOptions) {
		super(messageOf(problem), options);
		this.name = 'ArgumentTreeError';
		this.problem = problem;
	}
}

function messageOf(problem: ArgumentTreeProblem): string {
	const { claim } = problem;
	switch (problem.kind) {
		case 'repeated-id':
			return `Two nodes have the id "${claim}"; ids must be unique.`;
		case 'unknown-relation':
			return `Claim "${claim}" has relation "${problem.relation}"; it must be ${relationOrder.join(', ')}.`;
		case 'unknown-target':
			return `Claim "${claim}" targets "${problem.target}", which is neither the thesis nor a claim.`;
		case 'undercut-of-thesis':
			return `Claim "${claim}" undercuts the thesis; an undercut targets a claim.`;
		case 'cycle':
			return `Claim "${claim}" never leads to the thesis: its targets form a cycle (${problem.cycle.join(' → ')} → ${claim}).`;
	}
}

/**
 * The tree of a thesis and the claims for and against it. Claims may come in any order. d3-hierarchy's
 * `stratify` builds it (each claim's parent is its target), `sort` orders the children and `eachBefore`
 * walks it in document order, without recursion, so long chains of replies cannot overflow the stack.
 *
 * @throws ArgumentTreeError for a repeated id, an unknown relation or target, an undercut of the thesis, or
 *   claims that target one another in a cycle; the first problem met, claim by claim in input order.
 */
export function argumentTree(thesis: ArgumentThesis, claims: readonly ArgumentClaim[]): ArgumentTree {
	checkClaims(thesis, claims);
	let root: HierarchyNode<ArgumentThesis | ArgumentClaim>;
	try {
		root = stratify<ArgumentThesis | ArgumentClaim>()
			.id((d) => d.id)
			.parentId((d) => (d === thesis ? null : (d as ArgumentClaim).target))([thesis, ...claims]);
	} catch (error) {
		// Every id is unique and every target known by now: what stratify can still refuse is a cycle.
		const cycle = firstCycle(claims);
		if (cycle) throw new ArgumentTreeError({ kind: 'cycle', claim: cycle[0]!, cycle }, { cause: error });
		throw error;
	}
	// A stable sort: within a relation, the claims keep their input order.
	const rank = ({ data }: HierarchyNode<ArgumentThesis | ArgumentClaim>) =>
		relationOrder.indexOf((data as ArgumentClaim).relation);
	root.sort((a, b) => rank(a) - rank(b));
	const nodes = new Map<string, ArgumentNode>();
	root.eachBefore(({ data, depth, parent, children = [] }) => {
		const relation = 'relation' in data ? data.relation : null;
		const target = parent ? nodes.get(parent.data.id) : undefined;
		const node: ArgumentNode = {
			id: data.id,
			text: data.text,
			parent: target?.id ?? null,
			children: children.map((child) => child.data.id),
			depth,
			side: relation && sideOf(relation, target?.side ?? null),
			relation,
			counts: { support: 0, attack: 0, undercut: 0 }
		};
		for (const child of children) node.counts[(child.data as ArgumentClaim).relation]++;
		nodes.set(node.id, node);
	});
	return { root: thesis.id, nodes };
}

/**
 * Our own refusals, each naming the claim, before d3 sees the claims: `stratify` would accept a repeated id
 * that is no claim's target, and its messages ("missing: x", "ambiguous: x") do not say which claim is wrong.
 * Claim by claim, so that the first problem reported is the one of the first claim that has one.
 */
function checkClaims(thesis: ArgumentThesis, claims: readonly ArgumentClaim[]): void {
	const ids = new Set([thesis.id, ...claims.map((claim) => claim.id)]);
	const seen = new Set([thesis.id]);
	for (const { id, relation, target } of claims) {
		if (seen.has(id)) throw new ArgumentTreeError({ kind: 'repeated-id', claim: id });
		seen.add(id);
		if (!relationOrder.includes(relation))
			throw new ArgumentTreeError({ kind: 'unknown-relation', claim: id, relation });
		if (!ids.has(target)) throw new ArgumentTreeError({ kind: 'unknown-target', claim: id, target });
		if (relation === 'undercut' && target === thesis.id)
			throw new ArgumentTreeError({ kind: 'undercut-of-thesis', claim: id });
	}
}

/**
 * The first cycle of targets, as `ArgumentTreeProblem` describes it; undefined when there is none. Ids are
 * unique by now. Each claim has one target, so following targets from a claim either reaches the thesis or
 * enters a loop; each claim is walked at most once over all the walks.
 */
function firstCycle(claims: readonly ArgumentClaim[]): string[] | undefined {
	const targetOf = new Map(claims.map((claim) => [claim.id, claim.target]));
	const order = new Map(claims.map((claim, index) => [claim.id, index]));
	/** Claims already walked: they reach the thesis. */
	const done = new Set<string>();
	for (const start of claims) {
		const path: string[] = [];
		const onPath = new Map<string, number>();
		for (let id: string | undefined = start.id; id !== undefined && !done.has(id); id = targetOf.get(id)) {
			const at = onPath.get(id);
			if (at !== undefined) {
				const cycle = path.slice(at);
				const first = cycle.reduce(
					(best, id, i) => (order.get(id)! < order.get(cycle[best]!)! ? i : best),
					0
				);
				return [...cycle.slice(first), ...cycle.slice(0, first)];
			}
			onPath.set(id, path.length);
			path.push(id);
		}
		for (const id of path) done.add(id);
	}
	return undefined;
}

/** A claim's side, from its relation and its target's side (null: the target is the thesis). */
function sideOf(relation: Relation, targetSide: Side | null): Side {
	const agrees = relation === 'support';
	if (targetSide === null) return agrees ? 'for' : 'against';
	return agrees === (targetSide === 'for') ? 'for' : 'against';
}

/**
 * The ids of the outline's rows, in document order: the thesis, always, and the children of every shown node
 * in `expanded` (so the thesis's children only show once it is expanded).
 */
export function visibleNodes(tree: ArgumentTree, expanded: ReadonlySet<string>): string[] {
	const visible: string[] = [];
	const stack = [tree.root];
	for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
		visible.push(id);
		const node = tree.nodes.get(id);
		if (node && expanded.has(id)) stack.push(...node.children.toReversed());
	}
	return visible;
}

export interface TreeKeyResult {
	/** The node to focus: always a visible one. */
	focused: string;
	/** The expanded nodes: a new set when a node opened or closed, otherwise the set passed in. */
	expanded: ReadonlySet<string>;
	/** Whether the key belongs to the tree pattern: call `preventDefault()` on the event when true. */
	handled: boolean;
}

/**
 * The outline's answer to a key (`KeyboardEvent.key`), as the tree pattern has it: ArrowDown and ArrowUp move
 * to the next and previous row; ArrowRight opens a closed node, moves into an open one and does nothing on a
 * leaf; ArrowLeft closes an open node, otherwise moves to the parent; Home and End move to the first and last
 * row; `*` opens the focused node and all its siblings that have children. Any other key, Enter and Space
 * included, changes nothing and is not handled. A focused node that is hidden inside a closed one (or
 * unknown) first gives way to its nearest visible ancestor (or the thesis).
 */
export function treeKey(
	tree: ArgumentTree,
	expanded: ReadonlySet<string>,
	focused: string,
	key: string
): TreeKeyResult {
	const visible = visibleNodes(tree, expanded);
	const current = visibleAncestor(tree, expanded, focused);
	const node = tree.nodes.get(current);
	const index = visible.indexOf(current);
	const hasChildren = (id: string) => (tree.nodes.get(id)?.children.length ?? 0) > 0;
	const move = (to: string | undefined | null) => ({ focused: to ?? current, expanded, handled: true });
	const withExpanded = (change: (set: Set<string>) => void) => {
		const next = new Set(expanded);
		change(next);
		return { focused: current, expanded: next, handled: true };
	};
	const isOpen = hasChildren(current) && expanded.has(current);

	switch (key) {
		case 'ArrowDown':
			return move(visible[index + 1]);
		case 'ArrowUp':
			return move(visible[index - 1]);
		case 'Home':
			return move(visible[0]);
		case 'End':
			return move(visible.at(-1));
		case 'ArrowRight':
			if (isOpen) return move(node?.children[0]);
			return hasChildren(current) ? withExpanded((set) => set.add(current)) : move(current);
		case 'ArrowLeft':
			return isOpen ? withExpanded((set) => set.delete(current)) : move(node?.parent);
		case '*': {
			const siblings = node?.parent ? (tree.nodes.get(node.parent)?.children ?? []) : [current];
			const closed = siblings.filter((id) => hasChildren(id) && !expanded.has(id));
			if (closed.length === 0) return move(current);
			return withExpanded((set) => closed.forEach((id) => set.add(id)));
		}
		default:
			return { focused: current, expanded, handled: false };
	}
}

/** `id` if every ancestor is expanded, else the nearest ancestor that is visible; the thesis if unknown. */
function visibleAncestor(tree: ArgumentTree, expanded: ReadonlySet<string>, id: string): string {
	let shown = tree.nodes.has(id) ? id : tree.root;
	for (let node = tree.nodes.get(shown); node?.parent; node = tree.nodes.get(node.parent))
		if (!expanded.has(node.parent)) shown = node.parent;
	return shown;
}

/**
 * The claims a filter fades: those of `claims`, in the tree, for which `keep` is false. The thesis is never
 * faded. Matching claims do not unfade their ancestors: show the faded ones, dimmed, for context.
 */
export function fadedClaims<C extends { id: string }>(
	tree: ArgumentTree,
	claims: readonly C[],
	keep: (claimId: string, claim: C) => boolean
): Set<string> {
	const faded = new Set<string>();
	for (const claim of claims)
		if (claim.id !== tree.root && tree.nodes.has(claim.id) && !keep(claim.id, claim)) faded.add(claim.id);
	return faded;
}

/**
 * The claims to hide to show only one side, as in a classroom mode: every claim of `side` and everything
 * below it (replies to a hidden claim lose their context, whatever their own side).
 */
export function withoutSide(tree: ArgumentTree, side: Side): Set<string> {
	const hidden = new Set<string>();
	// Document order visits a parent before its children.
	for (const node of tree.nodes.values())
		if (node.side === side || (node.parent !== null && hidden.has(node.parent))) hidden.add(node.id);
	return hidden;
}

/**
 * The order in which a classroom reveals the claims `hidden` hides: document order, so that every claim comes
 * after its target and a branch (a claim and the replies below it) is one run. Revealing the first `n` of them
 * always leaves a tree whose claims all reach the thesis.
 */
export function revealOrder(tree: ArgumentTree, hidden: ReadonlySet<string>): string[] {
	return [...tree.nodes.keys()].filter((id) => hidden.has(id));
}

/**
 * How many claims of `order` (from `revealOrder`) are revealed once the next branch is: the claim at
 * `revealed` and the run of claims below it that follows. `order.length` at most; `revealed` when nothing
 * is left to reveal.
 */
export function nextBranchEnd(tree: ArgumentTree, order: readonly string[], revealed: number): number {
	const start = order[revealed];
	if (start === undefined) return Math.min(revealed, order.length);
	const below = (id: string) => {
		for (let node = tree.nodes.get(id); node?.parent; node = tree.nodes.get(node.parent))
			if (node.parent === start) return true;
		return false;
	};
	let end = revealed + 1;
	while (end < order.length && below(order[end]!)) end++;
	return end;
}
