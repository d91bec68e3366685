/**
 * A small, strict reader and writer for the markup Svelte's server renderer produces (well-formed HTML with
 * inline SVG, attributes in double quotes): enough to pick a chart's SVG out of it and write it back as XML.
 * Comments (Svelte's hydration markers) are dropped. Pure.
 */

export interface MarkupElement {
	name: string;
	attrs: Record<string, string>;
	children: MarkupNode[];
}
export type MarkupNode = MarkupElement | string;

const voidElements = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr'
]);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with its character references replaced by the characters they stand for. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#')
			return String.fromCodePoint(
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
			);
		return entities[ref.toLowerCase()] ?? whole;
	});
}

/** Text escaped for XML character data and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The nodes of a markup fragment, as a tree. Throws on a closing tag that does not match. */
export function parseMarkup(markup: string): MarkupNode[] {
	const root: MarkupElement = { name: '#root', attrs: {}, children: [] };
	const stack = [root];
	const tag =
		/<!--[\s\S]*?-->|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>/g;
	let last = 0;
	for (let match = tag.exec(markup); match; match = tag.exec(markup)) {
		const parent = stack.at(-1)!;
		if (match.index > last) parent.children.push(decodeEntities(markup.slice(last, match.index)));
		last = tag.lastIndex;
		const [whole, closing, opening, attrText = '', selfClosing] = match;
		if (whole.startsWith('<!--')) continue;
		if (closing) {
			if (parent.name !== closing) throw new Error(`Unexpected </${closing}> inside <${parent.name}>`);
			stack.pop();
			continue;
		}
		const attrs: Record<string, string> = {};
		for (const [, name, value] of attrText.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g))
			attrs[name!] = decodeEntities(value ?? '');
		const element: MarkupElement = { name: opening!, attrs, children: [] };
		parent.children.push(element);
		if (!selfClosing && !voidElements.has(opening!)) stack.push(element);
	}
	if (last < markup.length) stack.at(-1)!.children.push(decodeEntities(markup.slice(last)));
	if (stack.length > 1) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
	return root.children;
}

/** A node written as XML: empty elements self-closed, text and attribute values escaped. */
export function serializeXml(node: MarkupNode): string {
	if (typeof node === 'string') return escapeXml(node);
	const attrs = Object.entries(node.attrs)
		.map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
		.join('');
	if (!node.children.length) return `<${node.name}${attrs}/>`;
	return `<${node.name}${attrs}>${node.children.map(serializeXml).join('')}</${node.name}>`;
}

/** Every element of a tree, depth first, each with its ancestors (nearest last). */
export function* walk(
	nodes: readonly MarkupNode[],
	ancestors: MarkupElement[] = []
): Generator<{ element: MarkupElement; ancestors: MarkupElement[] }> {
	for (const node of nodes) {
		if (typeof node === 'string') continue;
		yield { element: node, ancestors };
		yield* walk(node.children, [...ancestors, node]);
	}
}

/** The element's classes. */
export const classesOf = (element: MarkupElement) => (element.attrs.class ?? '').split(/\s+/).filter(Boolean);

/** The first element in the tree with the class, or undefined. */
export function findByClass(nodes: readonly MarkupNode[], className: string): MarkupElement | undefined {
	for (const { element } of walk(nodes)) if (classesOf(element).includes(className)) return element;
	return undefined;
}

/** All elements in the tree with the class. */
export function findAllByClass(nodes: readonly MarkupNode[], className: string): MarkupElement[] {
	return [...walk(nodes)].map((e) => e.element).filter((e) => classesOf(e).includes(className));
}

/** The text of a node and everything in it, whitespace collapsed. */
export function textOf(node: MarkupNode): string {
	const raw = (n: MarkupNode): string => (typeof n === 'string' ? n : n.children.map(raw).join(''));
	return raw(node).replace(/\s+/g, ' ').trim();
}

/** Custom properties and other declarations of an inline `style` attribute. */
export function inlineStyle(element: MarkupElement): Record<string, string> {
	const declarations: Record<string, string> = {};
	for (const part of (element.attrs.style ?? '').split(';')) {
		const colon = part.indexOf(':');
		if (colon > 0) declarations[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
	}
	return declarations;
}
