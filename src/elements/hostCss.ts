/**
 * The site's page-level CSS (design tokens, element defaults, fonts) rewritten for the custom elements, at build
 * time (elementData.server.ts): custom properties set on `:root` do not reach a shadow tree unless the page
 * happens to set them, rules for `html` and `body` match nothing inside one, and `@font-face` inside one is
 * ignored.
 */

/** What an element's type and spacing are measured in: 1rem of the site, whatever the host page's root size. */
const remPx = 16;

/** The prefix of the elements' font families, so that a host page's own "Inter" is never taken for ours. */
const fontPrefix = 'Nato ';

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

/**
 * `css` with every length in rem written in px (at 16px), so that a host page's `html { font-size }` does not
 * scale the element.
 */
export function remToPx(css: string): string {
	return css.replace(
		/(?<![\w.-])(-?\d*\.?\d+)rem\b/g,
		(_, n: string) => `${Number((Number(n) * remPx).toFixed(3))}px`
	);
}

/**
 * Page-level CSS for a shadow root: tokens move from `:root` to the host, rules for `html` and `body` apply to
 * the host, a forced theme follows the element's parsed `theme` (reflected as `data-nato-theme`, see
 * hostStyles.svelte.ts) rather than `<html data-theme>`, rem becomes px, and the font tokens name the
 * elements' families before the site's (`families`: those fonts.css declares; see withElementFamilies).
 */
export function hostCss(css: string, families: readonly string[] = []): string {
	return remToPx(
		withElementFamilies(
			compact(css)
				.replace(/:root:not\(\[data-theme='(\w+)'\]\)/g, ":host(:not([data-nato-theme='$1']))")
				.replace(/:root\[data-theme='(\w+)'\]/g, ":host([data-nato-theme='$1'])")
				.replace(/:root/g, ':host')
				.replace(/(^|[}\s,])(html|body)(?=\s*[{,])/g, '$1:host'),
			families
		)
	);
}

/**
 * The host's sheet (`css`, as hostCss writes it) without the custom properties that neither `code` (a built
 * script, less the sheet) nor the sheet's other rules and kept properties name, so that a script whose charts draw
 * no Assembly group carries no group colours (scripts/buildElements.ts). The code names a property by `--name`
 * anywhere (a `var()` in a component's styles, a style it sets, a `getPropertyValue`), or by the start of a name
 * it builds (`--group-${id}-fill` keeps every `--group-` property).
 */
export function withPropertiesUsedBy(css: string, code: string): string {
	const declaration = /(--[\w-]+):[^;}]*;?/g;
	const named = new Set(code.match(/--[\w-]+/g));
	const starts = [...code.matchAll(/(--[\w-]*-)(?=\$\{|['"`])/g)].map((m) => m[1]!);
	const declared = new Map<string, string[]>();
	for (const [whole, name] of css.matchAll(declaration))
		declared.set(name!, [...(declared.get(name!) ?? []), whole]);
	const namesIn = (text: string) => text.match(/--[\w-]+/g) ?? [];
	const kept = new Set(
		[...declared.keys()].filter((name) => named.has(name) || starts.some((start) => name.startsWith(start)))
	);
	// Named by an ordinary rule (`a{color:var(--colour-link)}`), then by a kept property's value, and so on.
	const queue = [...kept, ...namesIn(css.replace(declaration, ''))];
	for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
		if (!declared.has(name)) continue;
		kept.add(name);
		for (const value of declared.get(name)!)
			for (const next of namesIn(value.slice(name.length))) if (!kept.has(next)) queue.push(next);
	}
	let pruned = css.replace(declaration, (whole, name: string) => (kept.has(name) ? whole : ''));
	// Then the rules left empty, and the blocks left empty by them.
	for (let before = ''; before !== pruned;) [before, pruned] = [pruned, pruned.replace(/[^{};]*\{\}/g, '')];
	return pruned;
}

/** The families `@font-face` rules in `css` declare, in order, each once. */
export function declaredFamilies(css: string): string[] {
	return [...new Set([...css.matchAll(/font-family:\s*'([^']+)'/g)].map((m) => m[1]!))];
}

/**
 * The site's `@font-face` rules for the host page's head: comments dropped, each family renamed `Nato …`, and
 * each file named `{fonts}/<file>.woff2`, for the script to point at the folder it serves them from.
 */
export function elementFontCss(css: string): string {
	return compact(css)
		.replace(/url\('[^']*\/([\w.-]+\.woff2)'\)/g, "url('{fonts}/$1')")
		.replace(/font-family:'([^']+)'/g, `font-family:'${fontPrefix}$1'`);
}

/**
 * `css` without its comments, which Svelte keeps in a component's injected styles: the elements' components'
 * styles go through this before Svelte compiles them (scripts/buildElements.ts). Our styles write no comment
 * opener inside a string or URL.
 */
export function withoutComments(css: string): string {
	return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** `css` without comments or the spaces around punctuation (a space before `:` stays: it is a combinator). */
function compact(css: string): string {
	return withoutComments(css)
		.replace(/\s+/g, ' ')
		.replace(/\s*([;,{}>])\s*/g, '$1')
		.replace(/:\s+/g, ':')
		.trim();
}

/**
 * In each `--font-*` list, the families the fonts declare, first under the elements' names, then again under the
 * site's: the site's own pages, which declare those already (fonts.css), get no second copy (register.ts).
 */
function withElementFamilies(css: string, families: readonly string[]): string {
	return css.replace(/(--font-[\w-]+:)([^;}]+)/g, (_, property: string, list: string) => {
		const items = list.split(',').map((family) => family.trim());
		const declared = items.map(unquoted).filter((name) => families.includes(name));
		return property + [...declared.map((name) => `'${fontPrefix}${name}'`), ...items].join(',');
	});
}

function unquoted(family: string): string {
	return family.replace(/^['"]|['"]$/g, '');
}
