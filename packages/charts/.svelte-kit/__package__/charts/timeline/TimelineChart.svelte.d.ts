import type { Snippet } from 'svelte';
import type { Translate } from '../../i18n/translate.js';
import type { TimelineCategory, TimelineEra, TimelineEventView, TimelineLane } from './types.js';
interface Props {
    events: TimelineEventView[];
    lanes: TimelineLane[];
    categories: TimelineCategory[];
    eras: TimelineEra[];
    /** The opened event's id. Bindable. */
    selected?: string | null;
    /** The range shown, in UTC ms; null for the whole history with its eras. Bindable. */
    visible?: [number, number] | null;
    /** The width laid out before the chart can measure itself, e.g. when prerendered. Default 960. */
    layoutWidth?: number;
    /** Show the era and zoom buttons and the hint; false for a fixed view, e.g. a story step. Default true. */
    controls?: boolean;
    t: Translate;
    locale: string;
    cite: Snippet<[string[]]>;
}
/** A horizontal timeline in lanes, with eras that can be selected and a zoomable axis (buttons, not wheel-only) that says the range it shows. One tab stop; arrow keys move between events, Enter opens one, Escape closes it. */
declare const TimelineChart: import("svelte").Component<Props, {}, "selected" | "visible">;
type TimelineChart = ReturnType<typeof TimelineChart>;
export default TimelineChart;
