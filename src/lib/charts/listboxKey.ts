/**
 * The keyboard model shared by the charts that are one tab stop with a moving active item (a listbox with
 * aria-activedescendant): arrows move through `order`, Home and End jump to its ends, Enter or Space
 * chooses the active item, Escape clears. Pure: the component applies the result. Ours: d3 has no
 * keyboard model (d3-selection only listens to events).
 */

export type ListboxAction =
	| { type: 'move'; active: string | null }
	| { type: 'choose'; active: string | null }
	| { type: 'clear' }
	| { type: 'none' };

export function listboxKey(order: readonly string[], active: string | null, key: string): ListboxAction {
	const index = active ? order.indexOf(active) : -1;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return { type: 'move', active: order[Math.min(order.length - 1, index + 1)] ?? null };
		case 'ArrowLeft':
		case 'ArrowUp':
			return { type: 'move', active: order[Math.max(0, index - 1)] ?? null };
		case 'Home':
			return { type: 'move', active: order[0] ?? null };
		case 'End':
			return { type: 'move', active: order.at(-1) ?? null };
		case 'Enter':
		case ' ':
			return { type: 'choose', active };
		case 'Escape':
			return { type: 'clear' };
		default:
			return { type: 'none' };
	}
}
