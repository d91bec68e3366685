/** The light theme's design tokens, read from the first `:root` block of tokens.css. Pure. */
export function lightTokens(css: string): Map<string, string> {
	const block = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
	if (!block) throw new Error('tokens.css has no :root block');
	const vars = new Map<string, string>();
	for (const part of block.split(';')) {
		const colon = part.indexOf(':');
		const name = part.slice(0, colon).trim();
		if (colon > 0 && name.startsWith('--')) vars.set(name, part.slice(colon + 1).trim());
	}
	return vars;
}
