/**
 * Stages the component library's sources: every file that `src/lib/index.ts` reaches through its imports,
 * copied under the same relative path, with `$lib/…` imports made relative and the site's message file
 * replaced by a module of the charts' English strings. Nothing in the stage points outside it, so neither
 * does the packaged code or its `.d.ts`, bar the npm packages its manifest lists. Anything a component library
 * must not carry (SvelteKit's `$app`, server-only modules, other files of `content/`, an npm package the
 * manifest does not list) stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The import specifier that stands for the site's English strings. */
export const messagesSpecifier = '$content/en/messages.json';
/** Where the charts' English strings go in the stage. */
export const messagesModule = 'i18n/messages.en.ts';

const importPattern = /(\b(?:import|export)\b[^'"`;]*?\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\2/g;

export interface StagedFile {
	/** Path under the library's root (src/lib), e.g. `charts/hemicycle/Hemicycle.svelte`. */
	path: string;
	text: string;
}

const posix = (path: string) => path.split('\\').join('/');

/**
 * The npm package a bare specifier names (`d3-scale`, `svelte` for `svelte/store`, `@scope/name` for
 * `@scope/name/sub`), or null for a relative, absolute or aliased (`$lib/…`) one.
 */
export function packageOf(specifier: string): string | null {
	if (/^[.$/]/.test(specifier) || specifier.includes(':')) return null;
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

/** The packages a package's code may import: those its manifest lists as dependencies or peer dependencies. */
export function manifestPackages(manifest: {
	dependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
}): Set<string> {
	return new Set([
		...Object.keys(manifest.dependencies ?? {}),
		...Object.keys(manifest.peerDependencies ?? {})
	]);
}

/** The file a relative or `$lib` specifier names, trying the extensions TypeScript would. */
function resolveFile(libDir: string, from: string, specifier: string): string {
	const base = specifier.startsWith('$lib/')
		? join(libDir, specifier.slice(5))
		: join(dirname(join(libDir, from)), specifier);
	const candidates = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')];
	const found = candidates.find((path) => existsSync(path) && !path.endsWith('/'));
	if (!found) throw new Error(`${from}: cannot resolve "${specifier}"`);
	return posix(relative(libDir, found));
}

/** A specifier from `from` to `to`, both paths under the library's root, as the packaged code writes it. */
function relativeSpecifier(from: string, to: string): string {
	const path = posix(relative(dirname(from), to)).replace(/\.ts$/, '.js');
	return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Follows the imports of `entry` (a path under `libDir`) and returns every file it reaches, rewritten. Imports
 * of `packages` (see `manifestPackages`) stay as they are.
 */
export function stageLibrary(libDir: string, entry: string, packages: ReadonlySet<string>): StagedFile[] {
	const staged = new Map<string, StagedFile>();
	const queue = [entry];
	while (queue.length > 0) {
		const path = queue.pop()!;
		if (staged.has(path)) continue;
		if (/\.server\.|\.test\./.test(path))
			throw new Error(`${path}: a server-only or test module is not packaged`);
		const source = readFileSync(join(libDir, path), 'utf8');
		const text = source.replace(importPattern, (whole, head: string, quote: string, specifier: string) => {
			const name = packageOf(specifier);
			if (name !== null && packages.has(name)) return whole;
			if (specifier === messagesSpecifier)
				return `${head}${quote}${relativeSpecifier(path, messagesModule)}${quote}`;
			if (specifier.startsWith('$lib/') || specifier.startsWith('.')) {
				const target = resolveFile(libDir, path, specifier);
				queue.push(target);
				return `${head}${quote}${relativeSpecifier(path, target)}${quote}`;
			}
			throw new Error(
				name === null
					? `${path}: imports "${specifier}", which the component package cannot carry`
					: `${path}: imports "${specifier}", but packages/charts/package.json does not list "${name}" in its dependencies`
			);
		});
		staged.set(path, { path, text });
	}
	return [...staged.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The message prefixes the staged code uses: every quoted `prefix.key` (or template `prefix.${…}`) whose
 * prefix is one of the message file's. The package ships every string under those prefixes.
 */
export function usedPrefixes(files: readonly StagedFile[], prefixes: ReadonlySet<string>): string[] {
	const used = new Set<string>();
	for (const file of files)
		for (const match of file.text.matchAll(/['"`]([a-zA-Z]+)\.(?:[a-zA-Z]|\$\{)/g))
			if (prefixes.has(match[1]!)) used.add(match[1]!);
	return [...used].sort();
}

/** The generated module of the charts' English strings: its default export types `MessageKey`. */
export function messagesModuleText(messages: Record<string, string>): string {
	return [
		'/** The English UI strings of the charts, from content/en/messages.json (written by scripts/package). */',
		`const messages = ${JSON.stringify(messages, null, '\t')};`,
		'',
		'export default messages;',
		''
	].join('\n');
}
