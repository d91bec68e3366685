/**
 * The interaction of the charts whose marks are a listbox (seats, parties, events, ballots): one tab stop that
 * keeps the focus and points at the active option with aria-activedescendant. Arrow keys, Home and End move the
 * active option (`listboxKey`), Enter or Space chooses it, Escape clears; a click chooses an option, a pointer
 * over one highlights it. A chart spreads `rootProps` on its listbox and `optionProps(id)` on each option, and
 * draws from `highlighted`, `current` and `isActive`. The bits-ui pattern: the state and its handlers in a class,
 * the markup in the component.
 */
import { listboxKey } from './listboxKey';

export interface ChartListboxOptions {
	/** Prefix of the options' element ids, unique on the page: from `$props.id()`. */
	idPrefix: string;
	/** The options' ids in keyboard order; options not in it cannot be reached by key or made active. */
	order: () => readonly string[];
	/** The selected option's id, or null. */
	selected: () => string | null;
	/** Selects an option, or clears the selection (null). */
	select: (id: string | null) => void;
	/**
	 * Whether choosing the selected option again clears the selection: by key and click ('always'), by click only
	 * ('pointer': Enter opens the active option even when it is open), or never. Default 'always'.
	 */
	toggle?: 'always' | 'pointer' | 'never';
	/**
	 * What Escape does: clear the selection and forget the active option ('reset'), clear the selection only
	 * ('deselect'), or nothing, letting the key through ('ignore'). Default 'reset'.
	 */
	escape?: 'reset' | 'deselect' | 'ignore';
	/** Whether an option under the pointer is highlighted. Default true. */
	hover?: boolean;
	/**
	 * When the keyboard's active option is highlighted: as soon as the listbox has focus ('focus'), or once a key
	 * has moved it ('move': a tap focuses the listbox too, and what the highlight shows must not change under the
	 * finger before the tap lands). Default 'focus'.
	 */
	follow?: 'focus' | 'move';
	/** Called when a key makes an option active, e.g. to scroll it into view. */
	onmove?: (id: string) => void;
}

export class ChartListbox {
	/** The option under the pointer, or null. */
	hovered = $state<string | null>(null);
	/** The option the keyboard is on, or null. */
	active = $state<string | null>(null);
	/** Whether the listbox has focus. */
	focused = $state(false);
	/** Whether a key has moved the active option since the listbox took focus. */
	moved = $state(false);

	readonly #options: ChartListboxOptions;

	constructor(options: ChartListboxOptions) {
		this.#options = options;
	}

	/** The selected option's id, or null. */
	get selected(): string | null {
		return this.#options.selected();
	}

	/** The option the chart picks out: the one under the pointer, else the keyboard's, else the selected one. */
	readonly highlighted = $derived.by(() => {
		const follow = this.#options.follow === 'move' ? this.moved : true;
		return this.hovered ?? (this.focused && follow ? this.active : null) ?? this.selected;
	});

	/** The one option drawn as current: the active one while the listbox has focus, else the selected one. */
	readonly current = $derived(this.focused ? this.active : this.selected);

	/** Whether an option is the keyboard's, with the listbox focused. */
	isActive(id: string): boolean {
		return this.focused && this.active === id;
	}

	/** An option's element id. */
	optionId(id: string): string {
		return `${this.#options.idPrefix}-${id}`;
	}

	/** On focus, the keyboard starts from the selected option, or else the first. */
	focus(): void {
		this.focused = true;
		const order = this.#options.order();
		const selected = this.selected;
		this.active ??= selected !== null && order.includes(selected) ? selected : (order[0] ?? null);
	}

	blur(): void {
		this.focused = false;
		this.moved = false;
	}

	/** Makes an option the keyboard's, as a key does. */
	move(id: string | null): void {
		this.active = id;
		this.moved = true;
		if (id !== null) this.#options.onmove?.(id);
	}

	/** Chooses an option by key ('key') or click ('pointer'): selects it, or clears it if it toggles. */
	choose(id: string | null, via: 'key' | 'pointer'): void {
		const toggle = this.#options.toggle ?? 'always';
		const toggles = toggle === 'always' || (toggle === 'pointer' && via === 'pointer');
		this.#options.select(toggles && id === this.selected ? null : id);
	}

	/** Clears the selection, as Escape does (with `escape: 'reset'`, the active option too). */
	clear(): void {
		this.#options.select(null);
		if ((this.#options.escape ?? 'reset') === 'reset') this.active = null;
	}

	keydown(event: KeyboardEvent): void {
		const action = listboxKey(this.#options.order(), this.active, event.key);
		if (action.type === 'none') return;
		if (action.type === 'clear' && this.#options.escape === 'ignore') return;
		event.preventDefault();
		if (action.type === 'move') this.move(action.active);
		else if (action.type === 'choose') this.choose(action.active, 'key');
		else this.clear();
	}

	/** Attributes and handlers for the listbox element. */
	readonly rootProps = $derived.by(() => {
		const active = this.active;
		return {
			role: 'listbox',
			tabindex: 0,
			'aria-activedescendant':
				active !== null && this.#options.order().includes(active) ? this.optionId(active) : undefined,
			onfocus: () => this.focus(),
			onblur: () => this.blur(),
			onkeydown: (event: KeyboardEvent) => this.keydown(event),
			onpointerleave: this.#options.hover === false ? undefined : () => (this.hovered = null)
		} as const;
	});

	/** The pointer's handlers for an option, alone for a copy of it outside the listbox (e.g. one hidden from assistive technology). */
	pointerProps(id: string) {
		return {
			onpointerenter: this.#options.hover === false ? undefined : () => (this.hovered = id),
			onclick: () => {
				this.active = id;
				this.choose(id, 'pointer');
			}
		};
	}

	/** Attributes and handlers for an option's element. */
	optionProps(id: string) {
		return {
			id: this.optionId(id),
			role: 'option',
			'aria-selected': this.selected === id,
			...this.pointerProps(id)
		} as const;
	}
}
