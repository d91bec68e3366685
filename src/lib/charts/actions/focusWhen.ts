/**
 * Moves keyboard focus to the element when `active` becomes true: for widgets with a roving tabindex
 * (such as a tree), where the focused item changes in state and the DOM focus must follow.
 */
import type { Action } from 'svelte/action';

export const focusWhen: Action<HTMLElement, boolean> = (node, active) => {
	if (active) node.focus();
	return {
		update(next) {
			// Inside a shadow root (a custom element), the document only sees the host as focused.
			if (next && (node.getRootNode() as Document | ShadowRoot).activeElement !== node) node.focus();
		}
	};
};
