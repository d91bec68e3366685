import type { ArgumentTree, Side } from '../../layout/argumentTree.js';
import type { Translate } from '../../i18n/translate.js';
interface Props {
    tree: ArgumentTree;
    /** The side picked out, or null for both alike. */
    side?: Side | null;
    t: Translate;
}
/**
 * The debate at a glance: the thesis, then its main claims in two columns, for and against, one side
 * optionally picked out. Support and attack are told apart by heading, border style and colour, never colour alone.
 * On a narrow container, only the picked-out side is shown.
 */
declare const ArgumentColumns: import("svelte").Component<Props, {}, "">;
type ArgumentColumns = ReturnType<typeof ArgumentColumns>;
export default ArgumentColumns;
