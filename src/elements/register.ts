/**
 * What each element script runs: it defines its elements. Any number of the scripts, in any order, may share a
 * page (the all-in-one and a one-chart script, or the same one pasted twice): a tag already defined is left to
 * the script that defined it first.
 */

/** Defines each tag as the custom element Svelte compiled from its component, unless the page has one. */
export function registerElements(elements: Record<string, unknown>): void {
	for (const [tag, component] of Object.entries(elements)) {
		const element = (component as { element?: CustomElementConstructor }).element;
		if (element && !customElements.get(tag)) customElements.define(tag, element);
	}
}
