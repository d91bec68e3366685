import type { Translate } from '../../i18n/translate.js';
import type { PositionAxis, PositionParty, PositionStep } from './types.js';
interface Props {
    parties: PositionParty[];
    steps: PositionStep[];
    axes: PositionAxis[];
    t: Translate;
    locale: string;
}
/** The data table of the position map: each party's stance, how we know it, and its survey values. */
declare const PositionTable: import("svelte").Component<Props, {}, "">;
type PositionTable = ReturnType<typeof PositionTable>;
export default PositionTable;
