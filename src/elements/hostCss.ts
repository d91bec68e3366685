/**
 * Page-level CSS (design tokens, element defaults) rewritten for a custom element's shadow root: custom
 * properties set on `:root` do not reach a shadow tree unless the page happens to set them, and rules for
 * `html` and `body` match nothing inside one. A forced theme is the element's `theme` attribute rather than
 * `<html data-theme>`.
 */
export function hostCss(css: string): string {
	return css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/:root:not\(\[data-theme='(\w+)'\]\)/g, ":host(:not([theme='$1']))")
		.replace(/:root\[data-theme='(\w+)'\]/g, ":host([theme='$1'])")
		.replace(/:root/g, ':host')
		.replace(/(^|[}\s,])(html|body)(?=\s*[{,])/g, '$1:host');
}
