import type { Snippet } from 'svelte';
import type { Translate } from '../../i18n/translate.js';
import type { TimelineCategory, TimelineEventView } from './types.js';
interface Props {
    event: TimelineEventView;
    categories: TimelineCategory[];
    t: Translate;
    locale: string;
    /** Heading level of the event's title. Default 3. */
    level?: 3 | 4;
    /** Renders source references for a list of source ids. */
    cite: Snippet<[string[]]>;
    /** Show a link to the event's own address. Default true. */
    permalink?: boolean;
}
/** One timeline event in full: date, title, description, how sure it is, any disagreement between sources, sources and a link to it. */
declare const EventCard: import("svelte").Component<Props, {}, "">;
type EventCard = ReturnType<typeof EventCard>;
export default EventCard;
