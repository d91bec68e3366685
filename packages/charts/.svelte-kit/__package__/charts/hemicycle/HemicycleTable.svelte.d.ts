import type { Translate } from '../../i18n/translate.js';
import type { GroupTally } from '../../vote/voteOutcome.js';
import type { HemicycleGroup } from './types.js';
interface Props {
    groups: HemicycleGroup[];
    compositions: {
        id: string;
        date: string;
        seats: Record<string, number>;
        vacant: number;
    }[];
    /** The composition the chart shows. */
    current: string;
    tallies?: GroupTally[];
    t: Translate;
    /** BCP 47 locale for dates and numbers, e.g. "en". */
    locale: string;
}
/** The data table of the hemicycle: each group's seats at every dated composition, the change, and the simulated vote when there is one. */
declare const HemicycleTable: import("svelte").Component<Props, {}, "">;
type HemicycleTable = ReturnType<typeof HemicycleTable>;
export default HemicycleTable;
