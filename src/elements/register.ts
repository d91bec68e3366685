/**
 * What each element script runs: it declares the site's fonts in the host page, then defines its elements. Any
 * number of the scripts, in any order, may share a page (the all-in-one and a one-chart script, or the same one
 * pasted twice): a tag already defined is left to the script that defined it first, and the fonts are declared
 * once.
 */
import fonts from 'virtual:element-data/fonts';
import { sitePage, siteRoot } from './siteRoot';

/**
 * A shadow root ignores `@font-face`, so the faces go in the host page's head, under names of their own
 * ("Nato Inter", see hostCss.ts), from the files the build copies beside the scripts (served with
 * `Access-Control-Allow-Origin: *`, which fonts from another origin need). The system font stands in until
 * they load, or if they do not. A page of the site itself (the story's simulator, the components pages) has
 * them already, under the site's names, which the element's tokens name next: it loads no second copy.
 */
function declareFonts(): void {
	if (location.href.startsWith(siteRoot.href)) return;
	if (document.head.querySelector('style[data-nato-fonts]')) return;
	const style = document.createElement('style');
	style.dataset.natoFonts = '';
	style.textContent = fonts.replaceAll('{fonts}', sitePage('/elements/v1/fonts'));
	document.head.append(style);
}

/** Defines each tag as the custom element Svelte compiled from its component, unless the page has one. */
export function registerElements(elements: Record<string, unknown>): void {
	declareFonts();
	for (const [tag, component] of Object.entries(elements)) {
		const element = (component as { element?: CustomElementConstructor }).element;
		if (element && !customElements.get(tag)) customElements.define(tag, element);
	}
}
