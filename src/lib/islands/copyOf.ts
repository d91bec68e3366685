/**
 * An attachment that fills its element with a copy of markup the page already prerendered outside the island
 * (a card in a list, a <template>): so that an island shows text it never carries in its props or code. Without
 * the original it leaves the element empty.
 */
import type { Attachment } from 'svelte/attachments';

export function copyOf(original: () => Element | null | undefined): Attachment<HTMLElement> {
	return (element) => {
		const found = original();
		element.replaceChildren(...(found ? [found.cloneNode(true)] : []));
	};
}
