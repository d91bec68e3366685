import type { Translate } from '../../i18n/translate.js';
import type { Snippet } from 'svelte';
import type { PositionAxis, PositionParty, PositionStep } from './types.js';
interface Props {
    party: PositionParty;
    steps: PositionStep[];
    axes: PositionAxis[];
    t: Translate;
    locale: string;
    /** Renders the source references for a list of source ids (e.g. numbered links to a sources page). */
    cite: Snippet<[string[]]>;
}
/** The evidence behind one party's position: its stance, the newest quote or vote with our translation, who and when, and the source. */
declare const EvidenceCard: import("svelte").Component<Props, {}, "">;
type EvidenceCard = ReturnType<typeof EvidenceCard>;
export default EvidenceCard;
