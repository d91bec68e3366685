/**
 * The keyboard model shared by the charts that are one tab stop with a moving active item (a listbox with
 * aria-activedescendant): arrows move through `order`, Home and End jump to its ends, Enter or Space
 * chooses the active item, Escape clears. Pure: the component applies the result.
 */
export type ListboxAction = {
    type: 'move';
    active: string | null;
} | {
    type: 'choose';
    active: string | null;
} | {
    type: 'clear';
} | {
    type: 'none';
};
export declare function listboxKey(order: readonly string[], active: string | null, key: string): ListboxAction;
