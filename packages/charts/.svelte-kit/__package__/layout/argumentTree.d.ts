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
 */
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
/**
 * The tree of a thesis and the claims for and against it. Claims may come in any order.
 *
 * @throws Error for a repeated id, an unknown relation or target, an undercut of the thesis, or claims that
 *   target one another in a cycle.
 */
export declare function argumentTree(thesis: ArgumentThesis, claims: readonly ArgumentClaim[]): ArgumentTree;
/**
 * The ids of the outline's rows, in document order: the thesis, always, and the children of every shown node
 * in `expanded` (so the thesis's children only show once it is expanded).
 */
export declare function visibleNodes(tree: ArgumentTree, expanded: ReadonlySet<string>): string[];
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
export declare function treeKey(tree: ArgumentTree, expanded: ReadonlySet<string>, focused: string, key: string): TreeKeyResult;
/**
 * The claims a filter fades: those of `claims`, in the tree, for which `keep` is false. The thesis is never
 * faded. Matching claims do not unfade their ancestors: show the faded ones, dimmed, for context.
 */
export declare function fadedClaims<C extends {
    id: string;
}>(tree: ArgumentTree, claims: readonly C[], keep: (claimId: string, claim: C) => boolean): Set<string>;
/**
 * The claims to hide to show only one side, as in a classroom mode: every claim of `side` and everything
 * below it (replies to a hidden claim lose their context, whatever their own side).
 */
export declare function withoutSide(tree: ArgumentTree, side: Side): Set<string>;
