import { type Snippet } from 'svelte';
import { type ArgumentTree } from '../../layout/argumentTree.js';
import type { Translate } from '../../i18n/translate.js';
interface Props {
    tree: ArgumentTree;
    /** Claim ids to fade (e.g. not made by the party the reader filtered on). */
    faded?: ReadonlySet<string>;
    /** The opened claim's id. Bindable. */
    selected?: string | null;
    /** Ids of the open nodes. Bindable. */
    expanded?: Set<string>;
    t: Translate;
    /** Accessible name of the tree. */
    label: string;
    /** Rendered under the selected claim's row (e.g. its card, for narrow screens). */
    detail?: Snippet<[string]>;
}
/** The debate as an outline: a keyboard-navigable tree (the WAI-ARIA tree pattern) of the thesis and the claims for and against it, each with its counts of supporting and attacking replies. Enter opens a claim. */
declare const ArgumentOutline: import("svelte").Component<Props, {}, "selected" | "expanded">;
type ArgumentOutline = ReturnType<typeof ArgumentOutline>;
export default ArgumentOutline;
