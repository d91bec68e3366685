/**
 * The site's page-level CSS (design tokens, element defaults) rewritten for the custom elements, at build time
 * (elementData.server.ts): custom properties set on `:root` do not reach a shadow tree unless the page happens
 * to set them, and rules for `html` and `body` match nothing inside one.
 */

/** What an element's type and spacing are measured in: 1rem of the site, whatever the host page's root size. */
const remPx = 16;

/**
 * The host's own box, first in the element's sheet: every property the host page would pass down (direction, a
 * font, line-height, letter- and word-spacing, white-space, text-transform and -align, colour…) goes back to
 * its initial value, then the tokens and defaults that follow set the element's own. Two exceptions:
 * `visibility` still inherits, so that a section the page hides hides the chart in it too (it changes no
 * layout); and `hidden` still hides, as on any element. Custom properties are not reset: `all` leaves them, so
 * a page that sets `--colour-text` on `*` still reaches in.
 */
export const hostReset =
	':host{all:initial;display:block;direction:ltr;visibility:inherit}:host([hidden]){display:none}';

/** `css` with every length in rem written in px (at 16px), so that a host page's `html { font-size }` does not
 * scale the element. */
export function remToPx(css: string): string {
	return css.replace(
		/(?<![\w.-])(-?\d*\.?\d+)rem\b/g,
		(_, n: string) => `${Number((Number(n) * remPx).toFixed(3))}px`
	);
}

/**
 * Page-level CSS for a shadow root: tokens move from `:root` to the host, rules for `html` and `body` apply to
 * the host, a forced theme follows the element's parsed `theme` (reflected as `data-nato-theme`, see
 * hostStyles.svelte.ts) rather than `<html data-theme>`, and rem becomes px.
 */
export function hostCss(css: string): string {
	return remToPx(
		compact(css)
			.replace(/:root:not\(\[data-theme='(\w+)'\]\)/g, ":host(:not([data-nato-theme='$1']))")
			.replace(/:root\[data-theme='(\w+)'\]/g, ":host([data-nato-theme='$1'])")
			.replace(/:root/g, ':host')
			.replace(/(^|[}\s,])(html|body)(?=\s*[{,])/g, '$1:host')
	);
}

/** `css` without comments or the spaces around punctuation (a space before `:` stays: it is a combinator). */
function compact(css: string): string {
	return css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\s+/g, ' ')
		.replace(/\s*([;,{}>])\s*/g, '$1')
		.replace(/:\s+/g, ':')
		.trim();
}
