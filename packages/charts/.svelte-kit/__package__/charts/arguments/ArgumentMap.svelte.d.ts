import type { ArgumentTree } from '../../layout/argumentTree.js';
import type { Translate } from '../../i18n/translate.js';
interface Props {
    tree: ArgumentTree;
    /** Claim ids left out (classroom mode). */
    hidden?: ReadonlySet<string>;
    /** Claim ids to fade. */
    faded?: ReadonlySet<string>;
    /** The opened claim's id. Bindable. */
    selected?: string | null;
    t: Translate;
}
/** The debate as a map for overview: the thesis at the top, claims for it on the left and against it on the right, supports drawn as solid arrows, attacks as dashed lines ending in a bar, undercuts dotted onto the inference they attack. The outline is the accessible view; this one is for the eye and the pointer. */
declare const ArgumentMap: import("svelte").Component<Props, {}, "selected">;
type ArgumentMap = ReturnType<typeof ArgumentMap>;
export default ArgumentMap;
