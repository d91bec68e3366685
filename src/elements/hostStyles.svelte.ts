/** The site's design tokens and element defaults, shared by every custom element's shadow root. */
import css from 'virtual:element-data/hostCss';

let sheet: CSSStyleSheet | undefined;

/**
 * Adopts the shared sheet (hostCss.ts) into `host`'s shadow root, once, before the chart's own styles; and
 * reflects the element's parsed theme (`auto`, `light` or `dark`, however the page wrote or set it) as
 * `data-nato-theme`, which the sheet's forced themes follow. Call while the element's component starts.
 */
export function adoptHostStyles(host: HTMLElement, theme: () => string | undefined): void {
	const root = host.shadowRoot;
	if (root) {
		if (!sheet) {
			sheet = new CSSStyleSheet();
			sheet.replaceSync(css);
		}
		if (!root.adoptedStyleSheets.includes(sheet))
			root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
	}
	$effect.pre(() => host.setAttribute('data-nato-theme', theme() ?? 'auto'));
}
