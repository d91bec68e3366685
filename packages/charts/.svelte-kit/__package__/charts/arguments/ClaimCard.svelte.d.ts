import type { Snippet } from 'svelte';
import type { Translate } from '../../i18n/translate.js';
import type { ClaimView } from './types.js';
interface Props {
    claim: ClaimView;
    t: Translate;
    locale: string;
    /** Renders source references for a list of source ids. */
    cite: Snippet<[string[]]>;
    /** The address of a timeline event, or undefined to leave events unlinked. */
    eventHref?: (id: string) => string;
    /** Titles of timeline events by id. */
    eventTitles?: Record<string, string>;
}
/** One claim in full: what kind of claim it is, its evidence status, who made it (quote, our translation, date, sources), the timeline events behind it, and any correction. */
declare const ClaimCard: import("svelte").Component<Props, {}, "">;
type ClaimCard = ReturnType<typeof ClaimCard>;
export default ClaimCard;
