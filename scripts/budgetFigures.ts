/**
 * The pure parts of the size budget (`scripts/budget.ts`): finding what a first load of a prerendered page
 * downloads, measuring it, and checking the figures against `budget.json`. Nothing here touches the file
 * system; the caller passes file contents in through a reader, so the tests can run on strings.
 *
 * "First load" means what the browser fetches before the page is interactive: the HTML, its stylesheets,
 * its scripts and module preloads, and every module those import statically. Modules reached only through
 * dynamic `import()` are left out: they load later, if at all.
 */
import { gzipSync } from 'node:zlib';

export type AssetKind = 'js' | 'css' | 'html';
export const assetKinds: readonly AssetKind[] = ['js', 'css', 'html'];

/** What an HTML page asks for, as written in its markup (URLs not yet resolved). */
export interface PageAssets {
	scripts: string[];
	stylesheets: string[];
	inlineScripts: string[];
}

export interface Size {
	raw: number;
	gzip: number;
}

export interface LoadedFile extends Size {
	/** The site path of the file, or `inline script N` for a script written into the HTML. */
	url: string;
	kind: AssetKind;
}

export interface FirstLoad {
	files: LoadedFile[];
	/** Site paths referenced by the page or its modules that the reader could not find. */
	missing: string[];
	/** References to other origins, which a first load would also fetch but which we cannot measure. */
	external: string[];
}

export type Totals = Record<AssetKind, Size>;

export interface Budget {
	jsGzipKiB: number;
	cssGzipKiB: number;
	htmlGzipKiB: number;
}

export interface BudgetConfig {
	notes?: string;
	embedsJsGzipKiB: number;
	/** Gzip KiB of each custom-element script under build/elements/v1/, by file name. */
	elementsJsGzipKiB?: Record<string, number>;
	default: Budget;
	routes: Record<string, Partial<Budget>>;
}

export interface Overrun {
	kind: AssetKind;
	gzipKiB: number;
	budgetKiB: number;
}

/* ---------- Reading HTML ---------- */

// One pass over the markup, in document order. Comments, scripts and styles are matched whole so that a
// `<link` or `<script` inside them (in a string, say) is not mistaken for a tag.
const htmlTokens =
	/<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<link\b([^>]*)>/gi;
const attributePattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

// Types a browser runs as JavaScript; anything else (JSON, JSON-LD, templates) is data inside the HTML.
const scriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The attributes of a tag, lower-cased names, with the common character references decoded. */
export function parseAttributes(source: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const [, name, double, single, bare] of source.matchAll(attributePattern)) {
		if (name) attributes[name.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
	}
	return attributes;
}

function decodeEntities(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

function relTokens(attributes: Record<string, string>): string[] {
	return (attributes.rel ?? '').toLowerCase().split(/\s+/);
}

function isJavaScript(attributes: Record<string, string>): boolean {
	return scriptTypes.has((attributes.type ?? '').trim().toLowerCase());
}

/**
 * The scripts (`<script src>`, `<link rel="modulepreload">`, `<link rel="preload" as="script">`),
 * stylesheets and inline scripts of an HTML page, in document order, without duplicates.
 */
export function findPageAssets(html: string): PageAssets {
	const assets: PageAssets = { scripts: [], stylesheets: [], inlineScripts: [] };
	for (const [token, scriptAttributes, scriptBody, linkAttributes] of html.matchAll(htmlTokens)) {
		if (token.startsWith('<!--')) continue;
		if (scriptAttributes !== undefined) {
			const attributes = parseAttributes(scriptAttributes);
			// An island's props and UI strings (src/lib/islands/) are data its JavaScript reads before it runs:
			// counted with it, except those of an island that hydrates only once it is near the screen.
			const islandProps =
				('data-island-props' in attributes || 'data-island-messages' in attributes) &&
				attributes['data-hydration'] !== 'visible';
			if (!isJavaScript(attributes) && !islandProps) continue;
			if (attributes.src) assets.scripts.push(attributes.src);
			else if (scriptBody?.trim()) assets.inlineScripts.push(scriptBody);
		} else if (linkAttributes !== undefined) {
			const attributes = parseAttributes(linkAttributes);
			const rel = relTokens(attributes);
			if (!attributes.href) continue;
			if (rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script'))
				assets.scripts.push(attributes.href);
			// A disabled stylesheet is not fetched: SvelteKit writes one for each stylesheet it inlined, for a
			// client-side navigation that the prerendered pages do not make.
			else if (rel.includes('stylesheet') && !('disabled' in attributes))
				assets.stylesheets.push(attributes.href);
		}
	}
	return { ...assets, scripts: unique(assets.scripts), stylesheets: unique(assets.stylesheets) };
}

/* ---------- Reading JavaScript ---------- */

// `import x from"./a.js"`, `import{a as b}from"./a.js"`, `import*as n from"./a.js"`, `import"./a.js"`,
// `export*from"./a.js"`, `export{a}from"./a.js"`. Not `import("./a.js")` (dynamic) nor `import.meta`:
// after `import` those have `(` or `.`, which the pattern does not allow. Nor JSDoc `@import` types.
// This is a scanner for minified bundler output, not a JavaScript parser: an import statement written
// out in a comment or a string would be counted. Requiring a path-like specifier keeps most such strays
// out, and over the Vite output of this site it finds exactly what es-module-lexer finds.
const staticImportPattern =
	/(?<![\w$.@])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s+[\w$]+|\*|\{[^}]*\})?\s*from\s*)?(["'])([^"'\n]+)\1/g;

/** The relative or root-relative specifiers (`./`, `../`, `/`) a module imports or re-exports statically. */
export function findStaticImports(source: string): string[] {
	const specifiers = [...source.matchAll(staticImportPattern)].map((match) => match[2] ?? '');
	return unique(
		specifiers.filter((specifier) => /^\.{0,2}\//.test(specifier) && !specifier.startsWith('//'))
	);
}

/* ---------- Following references ---------- */

// A stand-in origin, so that URL resolution works on site paths alone.
const siteOrigin = 'http://site.invalid';

/**
 * The site path (`/a/b.js`, no query or fragment) that `reference`, written in the file at site path `from`,
 * points to; undefined when it points to another origin or a non-HTTP URL (`data:`, `https://cdn…`).
 */
export function resolveSitePath(reference: string, from: string): string | undefined {
	const url = new URL(reference, siteOrigin + from);
	return url.origin === siteOrigin ? decodeURIComponent(url.pathname) : undefined;
}

/** Raw and gzip (level 9, as a CDN would serve it at best) byte counts. */
export function measure(content: string | Uint8Array): Size {
	const bytes = typeof content === 'string' ? Buffer.from(content) : content;
	return { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

/**
 * Everything a first load of the page at site path `route` downloads. `read` returns a file's contents
 * by site path, or undefined if there is no such file.
 */
export function collectFirstLoad(
	route: string,
	html: string,
	read: (sitePath: string) => string | Uint8Array | undefined
): FirstLoad {
	const load: FirstLoad = {
		files: [{ url: route, kind: 'html', ...measure(html) }],
		missing: [],
		external: []
	};
	const seen = new Set<string>();
	const assets = findPageAssets(html);

	const visit = (reference: string, from: string, kind: AssetKind) => {
		const path = resolveSitePath(reference, from);
		if (path === undefined) {
			load.external.push(reference);
			return;
		}
		if (seen.has(path)) return;
		seen.add(path);
		const content = read(path);
		if (content === undefined) {
			load.missing.push(path);
			return;
		}
		load.files.push({ url: path, kind, ...measure(content) });
		// Stylesheets' own `@import`s are not followed: Vite inlines them, so there are none to follow.
		if (kind === 'js') for (const next of findStaticImports(text(content))) visit(next, path, 'js');
	};

	assets.inlineScripts.forEach((body, index) => {
		// Inline scripts travel inside the HTML (and are counted there too), but they are still JavaScript
		// the page parses and runs, so the JS budget counts them as well.
		load.files.push({ url: `inline script ${index + 1}`, kind: 'js', ...measure(body) });
		for (const next of findStaticImports(body)) visit(next, route, 'js');
	});
	for (const script of assets.scripts) visit(script, route, 'js');
	for (const stylesheet of assets.stylesheets) visit(stylesheet, route, 'css');
	return load;
}

/** The sum of the files' sizes, by kind. */
export function totalsByKind(files: readonly LoadedFile[]): Totals {
	const totals: Totals = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, html: { raw: 0, gzip: 0 } };
	for (const file of files) {
		totals[file.kind].raw += file.raw;
		totals[file.kind].gzip += file.gzip;
	}
	return totals;
}

/* ---------- Budgets ---------- */

/**
 * The budget for a route: the default, then the embed JS budget for routes under `/embed/`, then whatever
 * `budget.json` says for that route in particular, each overriding the one before.
 */
export function budgetFor(route: string, config: BudgetConfig): Budget {
	const embed = route.startsWith('/embed/') ? { jsGzipKiB: config.embedsJsGzipKiB } : {};
	return { ...config.default, ...embed, ...config.routes[route] };
}

const budgetKeys: Record<AssetKind, keyof Budget> = {
	js: 'jsGzipKiB',
	css: 'cssGzipKiB',
	html: 'htmlGzipKiB'
};

export function kib(bytes: number): number {
	return bytes / 1024;
}

/** The kinds whose gzip size is over budget. Exactly at the budget is within it. */
export function findOverruns(totals: Totals, budget: Budget): Overrun[] {
	return assetKinds
		.map((kind) => ({ kind, gzipKiB: kib(totals[kind].gzip), budgetKiB: budget[budgetKeys[kind]] }))
		.filter((overrun) => overrun.gzipKiB > overrun.budgetKiB);
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values)];
}

function text(content: string | Uint8Array): string {
	return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}

/* ---------- Islands ---------- */

export interface IslandFigures {
	name: string;
	/** `load` (on first load) or `visible` (once near the screen: not in the first load). */
	hydration: string;
	/** Its entry and every chunk the entry imports, shared ones included. */
	modules: Size;
	/** Its props, as JSON in the page. */
	props: Size;
}

const islandTag = /<div\b([^>]*\bdata-island=[^>]*)>/g;
const propsScript = /<script\b([^>]*\bdata-island-props=[^>]*)>([\s\S]*?)<\/script>/g;

/**
 * The islands of a prerendered page (src/lib/islands/), in page order: what each one's modules weigh and its
 * props. `read` returns a file's contents by site path.
 */
export function findIslands(
	html: string,
	read: (sitePath: string) => string | Uint8Array | undefined
): IslandFigures[] {
	const props = [...html.matchAll(propsScript)].map(([, source, body]) => ({
		name: parseAttributes(source ?? '')['data-island-props'],
		size: measure(body ?? '')
	}));
	const paired = new Set<number>();
	const scripts = findPageAssets(html).scripts;
	return [...html.matchAll(islandTag)].map(([, source]) => {
		const attributes = parseAttributes(source ?? '');
		const name = attributes['data-island'] ?? '';
		const entry =
			attributes['data-module'] ?? scripts.find((src) => src.startsWith(`/_app/islands/${name}.`));
		const modules: Size = { raw: 0, gzip: 0 };
		const seen = new Set<string>();
		const visit = (path: string) => {
			if (seen.has(path)) return;
			seen.add(path);
			const content = read(path);
			if (content === undefined) return;
			const size = measure(content);
			modules.raw += size.raw;
			modules.gzip += size.gzip;
			for (const next of findStaticImports(text(content))) {
				const target = resolveSitePath(next, path);
				if (target) visit(target);
			}
		};
		if (entry) visit(entry);
		// Each island's props follow it: an island's are the first of its name not yet paired (an island inside
		// another writes its props before those of the one around it).
		const own = props.findIndex((p, i) => p.name === name && !paired.has(i));
		paired.add(own);
		return {
			name,
			hydration: attributes['data-hydration'] ?? 'load',
			modules,
			props: props[own]?.size ?? { raw: 0, gzip: 0 }
		};
	});
}
