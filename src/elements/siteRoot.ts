/**
 * The site the elements' script was loaded from (it is served at `<site>/elements/v1/nato-charts.js`), so
 * that links back to the full charts and sources work from any page. Read once, while the script runs.
 */
const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);

export const siteRoot = new URL(
	'../../',
	script?.src || (typeof location === 'undefined' ? 'http://localhost/' : location.href)
);

/** The address of a page of the site, e.g. `sitePage('/seats/')`. */
export function sitePage(path: string): string {
	return new URL(path.replace(/^\//, ''), siteRoot).href;
}
