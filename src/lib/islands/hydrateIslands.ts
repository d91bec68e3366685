/**
 * In the browser: hydrates every island named `name` on the page with its root, from the props its page wrote
 * just after it (so that one page may hold the same island twice, each with its own props) and the UI strings
 * the page's islands share. Once every island on the page that hydrates on load has, the page says it is ready
 * (`data-ready="true"` on the element that carries `data-ready`), as a page that hydrated whole did.
 */
import { hydrate, type Component } from 'svelte';

/** Controls whose tap the browser has already acted on (a summary opened, a box ticked): not replayed. */
const ACTED_ON = 'summary, label, a[href], input, select, textarea';

/** The UI strings the page's islands share; those written for islands that hydrate later only if `all`. */
function pageMessages(all: boolean): Record<string, string> {
	const messages = {};
	const scripts = all
		? 'script[data-island-messages]'
		: 'script[data-island-messages]:not([data-hydration="visible"])';
	for (const script of document.querySelectorAll(scripts))
		Object.assign(messages, JSON.parse(script.textContent ?? '{}'));
	return messages;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any root, whatever its props (as `hydrate` takes)
export function hydrateIslands<Props extends Record<string, any>>(
	name: string,
	root: Component<Props>
): void {
	for (const target of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
		const messages = pageMessages(target.dataset.hydration === 'visible');
		const script = target.nextElementSibling;
		const json = script?.matches('script[data-island-props]') ? script.textContent : '{}';
		hydrate(root, { target, props: { messages, ...(JSON.parse(json) as Props) } });
		target.dataset.hydrated = '';
		// A tap on an island that hydrates when visible, made before it had (Island.svelte's watcher kept it).
		const tapped = (target as HTMLElement & { tapped?: Element }).tapped;
		if (tapped?.isConnected && !tapped.closest(ACTED_ON))
			tapped.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
	}
	if (!document.querySelector('[data-island]:not([data-hydrated]):not([data-hydration="visible"])'))
		document.querySelector('[data-ready]')?.setAttribute('data-ready', 'true');
}
