import type { Translate } from '../../i18n/translate.js';
import type { GroupVoteCounts, HemicycleGroup } from './types.js';
interface Props {
    /** Groups from left to right. */
    groups: HemicycleGroup[];
    /** Vacant seats, drawn at the right-hand end. Default 0. */
    vacant?: number;
    /** Seats needed for a majority: draws the majority mark. */
    majority?: number;
    /** Groups drawn at full strength while no group is selected, hovered or focused; the others fade. */
    highlight?: readonly string[];
    /** The selected group's id, or null. Bindable. */
    selected?: string | null;
    /** Vote mode: how each group's deputies vote, by group id. */
    votes?: Record<string, GroupVoteCounts>;
    /** Seat filling strategy of the layout. Default 'even'. */
    fill?: 'even' | 'dense';
    /** What the well of the arch says when no group is highlighted; by default the number of deputies. */
    caption?: {
        big: string;
        small: string;
    };
    /**
     * Draw each group's seats as one path per vote state rather than a circle per seat: a fraction of the
     * markup, for copies that do not respond (e.g. a story's prerendered steps). Default false.
     */
    compact?: boolean;
    /** Show the line that says how to explore the chart (false for a chart that does not respond). Default true. */
    hint?: boolean;
    /** UI strings. */
    t: Translate;
    /** BCP 47 locale for numbers, e.g. "en". */
    locale: string;
    /** Called when the reader selects or clears a group. */
    onselect?: (id: string | null) => void;
}
/** A parliament chart: every seat of a chamber on concentric arcs, groups as wedges from left to right, with the majority mark, vacant seats, and an optional vote shown seat by seat. One tab stop; arrow keys move between groups, Enter selects, Escape clears. */
declare const Hemicycle: import("svelte").Component<Props, {}, "selected">;
type Hemicycle = ReturnType<typeof Hemicycle>;
export default Hemicycle;
