/**
 * An island's prerendered part: its root component rendered on its own (so that its markup is what `hydrate`
 * expects), its props as JSON, and the addresses of its entry and the chunks it imports (for modulepreload),
 * from the islands' build manifest (scripts/buildIslands.ts). In development the page hydrates whole instead,
 * and the island renders inline.
 */
import { readFileSync } from 'node:fs';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { dev } from '$app/environment';

export interface IslandMarkup {
	name: string;
	/** The root's server-rendered markup; empty in development. */
	html: string;
	/** The props as JSON, safe inside a <script> element. */
	json: string;
	/** The entry's address, then those of the chunks it imports. */
	modules: string[];
}

const manifestPath = 'static/_app/islands/.vite/manifest.json';

type Manifest = Record<string, { file: string; imports?: string[] }>;

function modulesOf(name: string): string[] {
	let manifest: Manifest;
	try {
		manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	} catch {
		throw new Error(`${manifestPath} is missing: build the islands first (tsx scripts/buildIslands.ts).`);
	}
	const entry = manifest[`src/islands/${name}.ts`];
	if (!entry) throw new Error(`${manifestPath} has no island "${name}" (src/islands/${name}.ts).`);
	const chunks = (entry.imports ?? []).map((key) => manifest[key]!.file);
	return [entry.file, ...chunks].map((file) => `/_app/islands/${file}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any root, whatever its props (as `render` takes)
export function island<Props extends Record<string, any>>(
	name: string,
	root: Component<Props>,
	props: Props
): IslandMarkup {
	const json = JSON.stringify(props).replace(/</g, '\\u003c');
	if (dev) return { name, html: '', json, modules: [] };
	return { name, html: render(root, { props }).body, json, modules: modulesOf(name) };
}
