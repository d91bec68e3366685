/**
 * The `_headers` file that static hosts (Netlify, Cloudflare Pages) read: rules of a path pattern, then indented
 * `Name: value` lines. `*` in a pattern matches any run of characters (a splat), so `/seats/*` covers `/seats/`
 * and everything under it; a pattern without one matches that path only. Every rule a path matches applies, as
 * the hosts merge them. Used by the preview server so that it answers as the site will in production. Pure.
 */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0)
			throw new Error(`_headers: "${line.trim()}" is not under a path, or has no "Name: value"`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

function matches(pattern: string, path: string): boolean {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers of every rule `path` matches, in file order; a header named by more than one rule gets their values
 * joined with a comma, as the hosts join them.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
	const joined = new Map<string, [string, string]>();
	for (const [name, value] of rules
		.filter((rule) => matches(rule.pattern, path))
		.flatMap((rule) => rule.headers)) {
		const seen = joined.get(name.toLowerCase());
		if (seen) seen[1] = `${seen[1]}, ${value}`;
		else joined.set(name.toLowerCase(), [name, value]);
	}
	return [...joined.values()];
}
