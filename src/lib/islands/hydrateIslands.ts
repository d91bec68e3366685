/**
 * In the browser: hydrates every island named `name` on the page with its root, from the props its page wrote
 * beside it. Once every island on the page has hydrated, the page says it is ready (`data-ready="true"` on
 * the element that carries `data-ready`), as a page that hydrated whole did.
 */
import { hydrate, type Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any root, whatever its props (as `hydrate` takes)
export function hydrateIslands<Props extends Record<string, any>>(
	name: string,
	root: Component<Props>
): void {
	for (const target of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
		const json = document.querySelector(`script[data-island-props="${name}"]`)?.textContent ?? '{}';
		hydrate(root, { target, props: JSON.parse(json) as Props });
		target.dataset.hydrated = '';
	}
	if (!document.querySelector('[data-island]:not([data-hydrated])'))
		document.querySelector('[data-ready]')?.setAttribute('data-ready', 'true');
}
