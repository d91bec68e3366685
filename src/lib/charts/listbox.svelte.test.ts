import { describe, expect, it, vi } from 'vitest';
import { ChartListbox, type ChartListboxOptions } from './listbox.svelte';

/** A listbox over options a, b, c, its selection held as a chart holds it, and the selections it made. */
function listbox(options: Partial<ChartListboxOptions> = {}, initial: string | null = null) {
	let selected = $state<string | null>(initial);
	const selections: (string | null)[] = [];
	const box = new ChartListbox({
		idPrefix: 'u1',
		order: () => ['a', 'b', 'c'],
		selected: () => selected,
		select: (id) => {
			selected = id;
			selections.push(id);
		},
		...options
	});
	return { box, selections, selected: () => selected };
}

/** Presses a key on the listbox; returns whether the listbox took it (prevented its default). */
function press(box: ChartListbox, key: string): boolean {
	const preventDefault = vi.fn();
	box.rootProps.onkeydown({ key, preventDefault } as unknown as KeyboardEvent);
	return preventDefault.mock.calls.length > 0;
}

describe('ChartListbox', () => {
	it('is one tab stop, a listbox whose options have ids with its prefix and say whether they are selected', () => {
		const { box } = listbox({}, 'b');
		expect(box.rootProps).toMatchObject({ role: 'listbox', tabindex: 0, 'aria-activedescendant': undefined });
		expect(box.optionProps('b')).toMatchObject({ id: 'u1-b', role: 'option', 'aria-selected': true });
		expect(box.optionProps('a')['aria-selected']).toBe(false);
	});

	it('on focus starts from the selected option, or the first when none is (or the selected one is not in the order)', () => {
		const first = listbox();
		first.box.rootProps.onfocus();
		expect(first.box.active).toBe('a');
		expect(first.box.rootProps['aria-activedescendant']).toBe('u1-a');

		const selected = listbox({}, 'c');
		selected.box.rootProps.onfocus();
		expect(selected.box.active).toBe('c');

		const outside = listbox({}, 'z');
		outside.box.rootProps.onfocus();
		expect(outside.box.active).toBe('a');
	});

	it('keeps the active option when focus leaves and comes back', () => {
		const { box } = listbox();
		box.rootProps.onfocus();
		press(box, 'End');
		box.rootProps.onblur();
		expect(box.isActive('c')).toBe(false);
		box.rootProps.onfocus();
		expect(box.active).toBe('c');
		expect(box.isActive('c')).toBe(true);
	});

	it('moves the active option with arrows, Home and End, and the highlight and current option follow it while focused', () => {
		const { box } = listbox({}, 'a');
		box.rootProps.onfocus();
		expect(press(box, 'ArrowRight')).toBe(true);
		expect(box.active).toBe('b');
		expect(box.highlighted).toBe('b');
		expect(box.current).toBe('b');
		expect(box.rootProps['aria-activedescendant']).toBe('u1-b');
		press(box, 'End');
		expect(box.active).toBe('c');
		press(box, 'ArrowDown');
		expect(box.active).toBe('c');
		press(box, 'Home');
		expect(box.active).toBe('a');
		box.rootProps.onblur();
		box.hovered = null;
		expect(box.highlighted).toBe('a');
		expect(box.current).toBe('a');
	});

	it('does not take keys it has no use for', () => {
		const { box, selections } = listbox();
		box.rootProps.onfocus();
		expect(press(box, 'Tab')).toBe(false);
		expect(press(box, 'x')).toBe(false);
		expect(box.active).toBe('a');
		expect(selections).toEqual([]);
	});

	it("by default (toggle 'always') Enter and Space select the active option, and choosing it again clears it", () => {
		const { box, selected } = listbox();
		box.rootProps.onfocus();
		press(box, 'ArrowRight');
		press(box, 'Enter');
		expect(selected()).toBe('b');
		press(box, ' ');
		expect(selected()).toBe(null);
		box.optionProps('c').onclick();
		expect(selected()).toBe('c');
		expect(box.active).toBe('c');
		box.optionProps('c').onclick();
		expect(selected()).toBe(null);
	});

	it("with toggle 'pointer', Enter on the selected option keeps it, a click on it clears it", () => {
		const { box, selections } = listbox({ toggle: 'pointer' }, 'a');
		box.rootProps.onfocus();
		press(box, 'Enter');
		expect(selections).toEqual(['a']);
		box.optionProps('a').onclick();
		expect(selections).toEqual(['a', null]);
	});

	it("with toggle 'never', choosing the selected option again keeps it", () => {
		const { box, selections } = listbox({ toggle: 'never' }, 'b');
		box.optionProps('b').onclick();
		box.rootProps.onfocus();
		press(box, 'Enter');
		expect(selections).toEqual(['b', 'b']);
	});

	it("Escape by default ('reset') clears the selection and the active option", () => {
		const { box, selected } = listbox({}, 'b');
		box.rootProps.onfocus();
		expect(press(box, 'Escape')).toBe(true);
		expect(selected()).toBe(null);
		expect(box.active).toBe(null);
		expect(box.rootProps['aria-activedescendant']).toBe(undefined);
		// From no active option, an arrow goes to the first.
		press(box, 'ArrowLeft');
		expect(box.active).toBe('a');
	});

	it("Escape with 'deselect' clears the selection and keeps the active option; with 'ignore' it passes the key on", () => {
		const deselect = listbox({ escape: 'deselect' }, 'b');
		deselect.box.rootProps.onfocus();
		press(deselect.box, 'Escape');
		expect(deselect.selected()).toBe(null);
		expect(deselect.box.active).toBe('b');

		const ignore = listbox({ escape: 'ignore' }, 'b');
		ignore.box.rootProps.onfocus();
		expect(press(ignore.box, 'Escape')).toBe(false);
		expect(ignore.selected()).toBe('b');
		expect(ignore.box.active).toBe('b');
	});

	it('highlights the option under the pointer over the active and selected ones, until the pointer leaves the listbox', () => {
		const { box } = listbox({}, 'a');
		box.rootProps.onfocus();
		press(box, 'ArrowRight');
		box.optionProps('c').onpointerenter!();
		expect(box.highlighted).toBe('c');
		expect(box.current).toBe('b');
		box.rootProps.onpointerleave!();
		expect(box.highlighted).toBe('b');
	});

	it('without hover, gives no pointer-over handlers', () => {
		const { box } = listbox({ hover: false });
		expect(box.optionProps('a').onpointerenter).toBe(undefined);
		expect(box.rootProps.onpointerleave).toBe(undefined);
		expect(box.pointerProps('a').onclick).toBeTypeOf('function');
	});

	it("with follow 'move', the active option is highlighted only once a key has moved it, until focus leaves", () => {
		const { box } = listbox({ follow: 'move' });
		// Focus alone, as a tap gives, highlights nothing new.
		box.rootProps.onfocus();
		expect(box.active).toBe('a');
		expect(box.highlighted).toBe(null);
		press(box, 'ArrowRight');
		expect(box.highlighted).toBe('b');
		box.rootProps.onblur();
		box.rootProps.onfocus();
		expect(box.highlighted).toBe(null);
		expect(box.current).toBe('b');

		const { box: byFocus } = listbox();
		byFocus.rootProps.onfocus();
		expect(byFocus.highlighted).toBe('a');
	});

	it('tells the chart when a key makes an option active, e.g. to scroll it into view', () => {
		const moved: string[] = [];
		const { box } = listbox({ onmove: (id) => moved.push(id) });
		box.rootProps.onfocus();
		press(box, 'ArrowRight');
		press(box, 'End');
		box.optionProps('a').onclick();
		expect(moved).toEqual(['b', 'c']);
	});

	it('points aria-activedescendant only at an option still in the order', () => {
		let order = $state(['a', 'b', 'c']);
		const box = new ChartListbox({
			idPrefix: 'u2',
			order: () => order,
			selected: () => null,
			select: () => {}
		});
		box.rootProps.onfocus();
		press(box, 'End');
		expect(box.rootProps['aria-activedescendant']).toBe('u2-c');
		order = ['a', 'b'];
		expect(box.rootProps['aria-activedescendant']).toBe(undefined);
	});
});
