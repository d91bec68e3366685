/** The site's design tokens and element defaults, shared by every custom element's shadow root. */
import tokens from '$lib/design/tokens.css?raw';
import base from '$lib/design/base.css?raw';
import { hostCss } from './hostCss';

let sheet: CSSStyleSheet | undefined;

/** Adopts the shared token sheet into `host`'s shadow root, once; the chart's own styles follow it. */
export function adoptHostStyles(host: HTMLElement, groupCss: string): void {
	const root = host.shadowRoot;
	if (!root) return;
	if (!sheet) {
		sheet = new CSSStyleSheet();
		sheet.replaceSync(hostCss(tokens + base + groupCss));
	}
	if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
