/**
 * The plain style rules of a component's `<style>` block, for resolving a static copy of its SVG: rules inside
 * at-rules (media and container queries, print) and selectors with pseudo-classes (focus, hover) are left out,
 * since an exported image has no reader, no focus and one size. Pure.
 */

export interface SimpleSelector {
	tag?: string;
	classes: string[];
	attrs: { name: string; value?: string }[];
}

/** Compound selectors from the outermost ancestor to the subject; `child` marks a `>` before a compound. */
export interface Selector {
	parts: { compound: SimpleSelector; child: boolean }[];
	/** [ids, classes and attributes, types] */
	specificity: [number, number, number];
}

export interface StyleRule {
	selectors: Selector[];
	declarations: Record<string, string>;
}

/** The contents of the `<style>` blocks of a component's source, `:global(...)` unwrapped. */
export function componentCss(source: string): string {
	return [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
		.map((m) => m[1]!)
		.join('\n')
		.replace(/:global\(([^()]*(?:\([^()]*\))?[^()]*)\)/g, '$1');
}

function parseCompound(text: string): SimpleSelector | undefined {
	const compound: SimpleSelector = { classes: [], attrs: [] };
	const token = /^(?:([a-zA-Z][\w-]*|\*)|\.([\w-]+)|\[([\w-]+)(?:=(['"]?)([^'"\]]*)\4)?\])/;
	let rest = text;
	while (rest) {
		const match = token.exec(rest);
		if (!match) return undefined; // a pseudo-class, an id or anything else this reader leaves out
		if (match[1] && match[1] !== '*') compound.tag = match[1];
		if (match[2]) compound.classes.push(match[2]);
		if (match[3]) compound.attrs.push({ name: match[3], value: match[5] });
		rest = rest.slice(match[0].length);
	}
	return compound;
}

/** One selector, or undefined when it uses something a static image cannot match (pseudo-classes, ids). */
export function parseSelector(text: string): Selector | undefined {
	const tokens = text
		.trim()
		.replace(/\s*>\s*/g, ' > ')
		.split(/\s+/);
	const parts: Selector['parts'] = [];
	let child = false;
	for (const token of tokens) {
		if (token === '>') {
			child = true;
			continue;
		}
		const compound = parseCompound(token);
		if (!compound) return undefined;
		parts.push({ compound, child });
		child = false;
	}
	const specificity: Selector['specificity'] = [0, 0, 0];
	for (const { compound } of parts) {
		specificity[1] += compound.classes.length + compound.attrs.length;
		if (compound.tag) specificity[2] += 1;
	}
	return parts.length ? { parts, specificity } : undefined;
}

function declarationsOf(block: string): Record<string, string> {
	const declarations: Record<string, string> = {};
	for (const part of block.split(';')) {
		const colon = part.indexOf(':');
		if (colon > 0) declarations[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
	}
	return declarations;
}

/** The top-level style rules of a stylesheet, in order; at-rule blocks are skipped whole. */
export function parseCss(css: string): StyleRule[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: StyleRule[] = [];
	let i = 0;
	while (i < text.length) {
		const open = text.indexOf('{', i);
		if (open < 0) break;
		const prelude = text.slice(i, open).trim();
		// Find the matching closing brace (at-rules nest blocks).
		let depth = 1;
		let j = open + 1;
		for (; j < text.length && depth > 0; j++) {
			if (text[j] === '{') depth++;
			else if (text[j] === '}') depth--;
		}
		const body = text.slice(open + 1, j - 1);
		i = j;
		if (prelude.startsWith('@')) continue;
		const selectors = prelude
			.split(',')
			.map(parseSelector)
			.filter((s): s is Selector => s !== undefined);
		if (selectors.length) rules.push({ selectors, declarations: declarationsOf(body) });
	}
	return rules;
}
