import type { Translate } from '../../i18n/translate.js';
interface Props {
    t: Translate;
}
/** The key to the vote encoding of the hemicycle: shape and fill, never colour alone. */
declare const VoteLegend: import("svelte").Component<Props, {}, "">;
type VoteLegend = ReturnType<typeof VoteLegend>;
export default VoteLegend;
