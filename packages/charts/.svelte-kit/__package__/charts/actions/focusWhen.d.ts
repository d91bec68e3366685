/**
 * Moves keyboard focus to the element when `active` becomes true: for widgets with a roving tabindex
 * (such as a tree), where the focused item changes in state and the DOM focus must follow.
 */
import type { Action } from 'svelte/action';
export declare const focusWhen: Action<HTMLElement, boolean>;
