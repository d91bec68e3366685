/**
 * Moves keyboard focus to the element when `active` becomes true: for widgets with a roving tabindex
 * (such as a tree), where the focused item changes in state and the DOM focus must follow. The page scrolls
 * to the element's first child (a tree item's own row) rather than to the whole element, which may hold a
 * long branch: the item's text comes into view, not the middle of its replies.
 */
import type { Action } from 'svelte/action';

function focusOn(node: HTMLElement) {
	node.focus({ preventScroll: true });
	(node.firstElementChild ?? node).scrollIntoView({ block: 'nearest' });
}

export const focusWhen: Action<HTMLElement, boolean> = (node, active) => {
	if (active) focusOn(node);
	return {
		update(next) {
			// Inside a shadow root (a custom element), the document only sees the host as focused.
			if (next && (node.getRootNode() as Document | ShadowRoot).activeElement !== node) focusOn(node);
		}
	};
};
