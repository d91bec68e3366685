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
const relationOrder = ['support', 'attack', 'undercut'];
/**
 * The tree of a thesis and the claims for and against it. Claims may come in any order.
 *
 * @throws Error for a repeated id, an unknown relation or target, an undercut of the thesis, or claims that
 *   target one another in a cycle.
 */
export function argumentTree(thesis, claims) {
    const children = new Map([[thesis.id, []]]);
    for (const { id, relation } of claims) {
        if (children.has(id))
            throw new Error(`Two nodes have the id "${id}"; ids must be unique.`);
        if (!relationOrder.includes(relation))
            throw new Error(`Claim "${id}" has relation "${relation}"; it must be ${relationOrder.join(', ')}.`);
        children.set(id, []);
    }
    for (const claim of claims) {
        const siblings = children.get(claim.target);
        if (!siblings)
            throw new Error(`Claim "${claim.id}" targets "${claim.target}", which is neither the thesis nor a claim.`);
        if (claim.relation === 'undercut' && claim.target === thesis.id)
            throw new Error(`Claim "${claim.id}" undercuts the thesis; an undercut targets a claim.`);
        siblings.push(claim);
    }
    const nodes = new Map();
    // Depth first, with a stack rather than recursion, so that long chains of replies cannot overflow it.
    const stack = [
        { claim: thesis, parent: null }
    ];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
        const { claim, parent } = entry;
        const ordered = relationOrder.flatMap((relation) => (children.get(claim.id) ?? []).filter((child) => child.relation === relation));
        const relation = 'relation' in claim ? claim.relation : null;
        const node = {
            id: claim.id,
            text: claim.text,
            parent: parent?.id ?? null,
            children: ordered.map((child) => child.id),
            depth: parent ? parent.depth + 1 : 0,
            side: relation && sideOf(relation, parent?.side ?? null),
            relation,
            counts: { support: 0, attack: 0, undercut: 0 }
        };
        for (const child of ordered)
            node.counts[child.relation]++;
        nodes.set(node.id, node);
        for (const child of ordered.toReversed())
            stack.push({ claim: child, parent: node });
    }
    const unreached = claims.find((claim) => !nodes.has(claim.id));
    if (unreached)
        throw new Error(`Claim "${unreached.id}" never leads to the thesis: its targets form a cycle.`);
    return { root: thesis.id, nodes };
}
/** A claim's side, from its relation and its target's side (null: the target is the thesis). */
function sideOf(relation, targetSide) {
    const agrees = relation === 'support';
    if (targetSide === null)
        return agrees ? 'for' : 'against';
    return agrees === (targetSide === 'for') ? 'for' : 'against';
}
/**
 * The ids of the outline's rows, in document order: the thesis, always, and the children of every shown node
 * in `expanded` (so the thesis's children only show once it is expanded).
 */
export function visibleNodes(tree, expanded) {
    const visible = [];
    const stack = [tree.root];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        visible.push(id);
        const node = tree.nodes.get(id);
        if (node && expanded.has(id))
            stack.push(...node.children.toReversed());
    }
    return visible;
}
/**
 * The outline's answer to a key (`KeyboardEvent.key`), as the tree pattern has it: ArrowDown and ArrowUp move
 * to the next and previous row; ArrowRight opens a closed node, moves into an open one and does nothing on a
 * leaf; ArrowLeft closes an open node, otherwise moves to the parent; Home and End move to the first and last
 * row; `*` opens the focused node and all its siblings that have children. Any other key, Enter and Space
 * included, changes nothing and is not handled. A focused node that is hidden inside a closed one (or
 * unknown) first gives way to its nearest visible ancestor (or the thesis).
 */
export function treeKey(tree, expanded, focused, key) {
    const visible = visibleNodes(tree, expanded);
    const current = visibleAncestor(tree, expanded, focused);
    const node = tree.nodes.get(current);
    const index = visible.indexOf(current);
    const hasChildren = (id) => (tree.nodes.get(id)?.children.length ?? 0) > 0;
    const move = (to) => ({ focused: to ?? current, expanded, handled: true });
    const withExpanded = (change) => {
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
            if (isOpen)
                return move(node?.children[0]);
            return hasChildren(current) ? withExpanded((set) => set.add(current)) : move(current);
        case 'ArrowLeft':
            return isOpen ? withExpanded((set) => set.delete(current)) : move(node?.parent);
        case '*': {
            const siblings = node?.parent ? (tree.nodes.get(node.parent)?.children ?? []) : [current];
            const closed = siblings.filter((id) => hasChildren(id) && !expanded.has(id));
            if (closed.length === 0)
                return move(current);
            return withExpanded((set) => closed.forEach((id) => set.add(id)));
        }
        default:
            return { focused: current, expanded, handled: false };
    }
}
/** `id` if every ancestor is expanded, else the nearest ancestor that is visible; the thesis if unknown. */
function visibleAncestor(tree, expanded, id) {
    let shown = tree.nodes.has(id) ? id : tree.root;
    for (let node = tree.nodes.get(shown); node?.parent; node = tree.nodes.get(node.parent))
        if (!expanded.has(node.parent))
            shown = node.parent;
    return shown;
}
/**
 * The claims a filter fades: those of `claims`, in the tree, for which `keep` is false. The thesis is never
 * faded. Matching claims do not unfade their ancestors: show the faded ones, dimmed, for context.
 */
export function fadedClaims(tree, claims, keep) {
    const faded = new Set();
    for (const claim of claims)
        if (claim.id !== tree.root && tree.nodes.has(claim.id) && !keep(claim.id, claim))
            faded.add(claim.id);
    return faded;
}
/**
 * The claims to hide to show only one side, as in a classroom mode: every claim of `side` and everything
 * below it (replies to a hidden claim lose their context, whatever their own side).
 */
export function withoutSide(tree, side) {
    const hidden = new Set();
    // Document order visits a parent before its children.
    for (const node of tree.nodes.values())
        if (node.side === side || (node.parent !== null && hidden.has(node.parent)))
            hidden.add(node.id);
    return hidden;
}
