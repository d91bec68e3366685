/**
 * An attachment that fills its element with a copy of markup the page already prerendered outside the island
 * (a card in a list, a <template>): so that an island shows text it never carries in its props or code. `adapt`
 * may change the copy before it is shown (e.g. its heading's level). Without the original it leaves the element
 * empty.
 */
import type { Attachment } from 'svelte/attachments';

export function copyOf(
	original: () => Element | null | undefined,
	adapt: (copy: Element) => void = () => {}
): Attachment<HTMLElement> {
	return (element) => {
		const found = original();
		const copy = found?.cloneNode(true) as Element | undefined;
		if (copy) adapt(copy);
		element.replaceChildren(...(copy ? [copy] : []));
	};
}

/**
 * The element matching `selector` among the contents of the page's <template id={id}>. In development, where the
 * page hydrates whole, Svelte draws a template's children into the element itself rather than its contents: both
 * are looked in.
 */
export function inTemplate(id: string, selector: string): Element | null {
	const template = document.querySelector<HTMLTemplateElement>(`template#${id}`);
	return template?.content.querySelector(selector) ?? template?.querySelector(selector) ?? null;
}
