/**
 * Resolves a component's stylesheet onto a copy of its SVG as presentation attributes, custom properties
 * (`var(--x)`) replaced by their values, so that the SVG draws the same with no stylesheet at all: in a browser
 * opened on its own, in Illustrator or Inkscape, and in resvg. Pure: a tree, rules and token values in, a new tree
 * out.
 */
import type { Selector, SimpleSelector, StyleRule } from './cssRules';
import { classesOf, inlineStyle, type MarkupElement, type MarkupNode } from './markupTree';

/** CSS properties that SVG also takes as attributes, carried over. */
const presentation = new Set([
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-style',
	'font-weight',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'overflow',
	'visibility'
]);

function matchesCompound(element: MarkupElement, compound: SimpleSelector): boolean {
	if (compound.tag && compound.tag !== element.name) return false;
	const classes = classesOf(element);
	if (!compound.classes.every((c) => classes.includes(c))) return false;
	return compound.attrs.every(({ name, value }) =>
		value === undefined ? name in element.attrs : element.attrs[name] === value
	);
}

/** Whether the selector matches the element, given its ancestors (nearest last). */
export function matchesSelector(
	selector: Selector,
	element: MarkupElement,
	ancestors: readonly MarkupElement[]
): boolean {
	const parts = selector.parts;
	if (!matchesCompound(element, parts.at(-1)!.compound)) return false;
	let a = ancestors.length - 1;
	for (let p = parts.length - 2; p >= 0; p--) {
		const mustBeParent = parts[p + 1]!.child;
		if (mustBeParent) {
			if (a < 0 || !matchesCompound(ancestors[a]!, parts[p]!.compound)) return false;
			a--;
		} else {
			while (a >= 0 && !matchesCompound(ancestors[a]!, parts[p]!.compound)) a--;
			if (a < 0) return false;
			a--;
		}
	}
	return true;
}

/** A value with every `var(--name[, fallback])` replaced from `vars`; throws naming a property with no value. */
export function resolveVars(value: string, vars: ReadonlyMap<string, string>): string {
	let result = value;
	for (let guard = 0; result.includes('var(') && guard < 20; guard++)
		result = result.replace(
			/var\((--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
			(whole, name: string, fallback?: string) => {
				const found = vars.get(name) ?? fallback;
				if (found === undefined) throw new Error(`No value for ${name} in ${value}`);
				return found.trim();
			}
		);
	return result;
}

/** The declarations that win for the element: rules by specificity, then source order; inline style last. */
function cascade(rules: readonly StyleRule[], element: MarkupElement, ancestors: readonly MarkupElement[]) {
	const matched: { specificity: number[]; order: number; declarations: Record<string, string> }[] = [];
	rules.forEach((rule, order) => {
		const hits = rule.selectors.filter((s) => matchesSelector(s, element, ancestors));
		if (!hits.length) return;
		const specificity = hits
			.map((s) => s.specificity)
			.reduce((a, b) => (a[0] * 1e6 + a[1] * 1e3 + a[2] >= b[0] * 1e6 + b[1] * 1e3 + b[2] ? a : b));
		matched.push({ specificity, order, declarations: rule.declarations });
	});
	const score = (s: number[]) => s[0]! * 1e6 + s[1]! * 1e3 + s[2]!;
	matched.sort((a, b) => score(a.specificity) - score(b.specificity) || a.order - b.order);
	return Object.assign({}, ...matched.map((m) => m.declarations), inlineStyle(element)) as Record<
		string,
		string
	>;
}

const unitless = (value: string) => value.replace(/^(-?[\d.]+)px$/, '$1');

/** The attributes of an exported element: presentation attributes in, class hashes, ARIA, ids and events out. */
function exportedAttributes(
	element: MarkupElement,
	declared: Record<string, string>,
	vars: Map<string, string>
) {
	const attrs: Record<string, string> = {};
	for (const [name, value] of Object.entries(element.attrs)) {
		if (name === 'style' || name === 'role' || name === 'tabindex' || name.startsWith('aria-')) continue;
		if (name === 'class') {
			const classes = value.split(/\s+/).filter((c) => c && !/^svelte-[a-z0-9]+$/.test(c));
			if (classes.length) attrs.class = [...new Set(classes)].join(' ');
			continue;
		}
		attrs[name] = value.includes('var(') ? resolveVars(value, vars) : value;
	}
	for (const [property, value] of Object.entries(declared))
		if (presentation.has(property)) attrs[property] = unitless(resolveVars(value, vars));
	return attrs;
}

/**
 * A copy of `element` and everything in it, every style it draws with written as attributes.
 * `ancestors` are the element's ancestors in the rendered page (for selectors and inherited custom properties);
 * `rootVars` the page's custom properties (design tokens).
 */
export function resolveStyles(
	element: MarkupElement,
	ancestors: readonly MarkupElement[],
	rules: readonly StyleRule[],
	rootVars: ReadonlyMap<string, string>
): MarkupElement {
	// Custom properties the ancestors set.
	let vars = new Map(rootVars);
	for (const [i, ancestor] of ancestors.entries())
		vars = withCustomProperties(vars, cascade(rules, ancestor, ancestors.slice(0, i)));
	return resolveElement(element, [...ancestors], rules, vars, false)!;
}

/** The declarations that apply to an element (e.g. an HTML box to redraw in SVG), custom properties resolved. */
export function computedDeclarations(
	element: MarkupElement,
	ancestors: readonly MarkupElement[],
	rules: readonly StyleRule[],
	rootVars: ReadonlyMap<string, string>
): Record<string, string> {
	let vars = new Map(rootVars);
	for (const [i, ancestor] of ancestors.entries())
		vars = withCustomProperties(vars, cascade(rules, ancestor, ancestors.slice(0, i)));
	const declared = cascade(rules, element, ancestors);
	vars = withCustomProperties(vars, declared);
	return Object.fromEntries(
		Object.entries(declared)
			.filter(([property]) => !property.startsWith('--'))
			.map(([property, value]) => [property, resolveVars(value, vars)])
	);
}

/** A copy of the tree with every id prefixed, and every `url(#id)` and `href="#id"` pointing at the new ids. */
export function prefixIds(element: MarkupElement, prefix: string): MarkupElement {
	const attrs: Record<string, string> = {};
	for (const [name, value] of Object.entries(element.attrs))
		attrs[name] =
			name === 'id'
				? `${prefix}-${value}`
				: value
						.replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
						.replace(/^#(.+)$/, (whole, id: string) =>
							name === 'href' || name === 'xlink:href' ? `#${prefix}-${id}` : whole
						);
	return {
		name: element.name,
		attrs,
		children: element.children.map((child) => (typeof child === 'string' ? child : prefixIds(child, prefix)))
	};
}

function withCustomProperties(inherited: Map<string, string>, declared: Record<string, string>) {
	const vars = new Map(inherited);
	for (const [property, value] of Object.entries(declared))
		if (property.startsWith('--')) vars.set(property, resolveVars(value, inherited));
	return vars;
}

function resolveElement(
	element: MarkupElement,
	ancestors: MarkupElement[],
	rules: readonly StyleRule[],
	inherited: Map<string, string>,
	uppercase: boolean
): MarkupElement | undefined {
	const declared = cascade(rules, element, ancestors);
	if (declared.display === 'none') return undefined;
	const vars = withCustomProperties(inherited, declared);
	const upper = declared['text-transform'] ? declared['text-transform'] === 'uppercase' : uppercase;
	const children: MarkupNode[] = [];
	for (const child of element.children) {
		if (typeof child === 'string') children.push(upper ? child.toUpperCase() : child);
		else {
			const resolved = resolveElement(child, [...ancestors, element], rules, vars, upper);
			if (resolved) children.push(resolved);
		}
	}
	return { name: element.name, attrs: exportedAttributes(element, declared, vars), children };
}
