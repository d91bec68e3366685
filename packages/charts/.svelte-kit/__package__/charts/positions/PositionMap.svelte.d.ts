import type { Snippet } from 'svelte';
import type { Translate } from '../../i18n/translate.js';
import type { PositionAxis, PositionParty, PositionStep } from './types.js';
interface Props {
    parties: PositionParty[];
    /** Stances, most sceptical first. */
    steps: PositionStep[];
    /** The horizontal scales the reader can choose from. */
    axes: PositionAxis[];
    /** Id of the horizontal scale shown. Bindable. Default: the first axis. */
    axis?: string;
    /**
     * The selection shared with other charts: a party's group id, or its own id when it has no group.
     * Bindable.
     */
    selected?: string | null;
    /** Show the line that says how to explore the map (false for a copy that does not respond). Default true. */
    hint?: boolean;
    t: Translate;
    /** BCP 47 locale for numbers and dates. */
    locale: string;
    /** Renders source references for a list of source ids. */
    cite: Snippet<[string[]]>;
}
/** A party position map: stance on NATO (bands, most sceptical at the top) against a survey scale, dots sized by seats, direct labels, dated trails, and an evidence card. One tab stop; arrow keys move between parties, Enter selects, Escape clears. */
declare const PositionMap: import("svelte").Component<Props, {}, "selected" | "axis">;
type PositionMap = ReturnType<typeof PositionMap>;
export default PositionMap;
