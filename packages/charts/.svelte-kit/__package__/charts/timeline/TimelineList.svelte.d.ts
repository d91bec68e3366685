import type { Snippet } from 'svelte';
import type { Translate } from '../../i18n/translate.js';
import type { TimelineCategory, TimelineEra, TimelineEventView, TimelineLane } from './types.js';
interface Props {
    events: TimelineEventView[];
    lanes: TimelineLane[];
    categories: TimelineCategory[];
    eras: TimelineEra[];
    /** Event ids to show; all when undefined. */
    visible?: ReadonlySet<string>;
    /** The event the reader opened, highlighted in the list. */
    selected?: string | null;
    t: Translate;
    locale: string;
    cite: Snippet<[string[]]>;
}
/** The timeline as an ordered list of dated articles, oldest first: the phone view, the no-JavaScript view and the accessible representation. Each event has an anchor (#event-<id>). */
declare const TimelineList: import("svelte").Component<Props, {}, "">;
type TimelineList = ReturnType<typeof TimelineList>;
export default TimelineList;
