/**
 * An island's prerendered part: its root component rendered on its own (so that its markup is what `hydrate`
 * expects), its props as JSON, and the addresses of its entry and the chunks it imports (for modulepreload),
 * from the islands' build manifest (scripts/buildIslands.ts). In development the page hydrates whole instead,
 * and the island renders inline.
 *
 * A root's `messages` prop (its UI strings) is not the page's to choose: `pageIslands(messages)` makes the page's
 * `island` function, which gives each root the strings its built modules name (`keysNamedIn`) and writes each
 * string once per page, with the first island that needs it; `hydrateIslands` gives every island the page's
 * strings. In development every string is given.
 *
 * A part of an island that never changes once drawn need not travel as props: `staticHtml` renders it on the
 * server, the island writes it with `{@html}` from a prop whose name ends in `Html`, and such a prop is written in
 * the page's props as a placeholder. Svelte's `hydrate` keeps the server's markup of an `{@html}` block whatever
 * the client's value ("the client value will be ignored in favour of the server value", as its
 * hydration_html_changed warning says), so the part stays as prerendered, at no cost in props or code.
 *
 * Data the page prerenders elsewhere (the timeline's event titles, in its list of events) need not travel twice
 * either: the root takes it as a prop the server gives (`serverProps`) and, in the browser, reads it from the page.
 */
import { readFileSync } from 'node:fs';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { dev } from '$app/environment';
import type { Locale } from '$lib/i18n/locales';
import { keysNamedIn } from '$lib/i18n/keysNamed';
import type { Messages } from '$lib/i18n/translate';
import type { CopyData } from '$lib/story/copyData';
import StaticPart from './StaticPart.svelte';

/**
 * When an island hydrates: as the page loads (its modules preloaded), or once it comes near the screen (its
 * modules loaded then, so that what is below the fold costs nothing on first load).
 */
export type IslandHydration = 'load' | 'visible';

export interface IslandMarkup {
	name: string;
	/** The root's server-rendered markup; empty in development. */
	html: string;
	/** The props, less the UI strings, as JSON safe inside a <script> element. */
	json: string;
	/** The UI strings no earlier island on the page wrote, as JSON safe inside a <script> element (or ''). */
	messages: string;
	/** The entry's address, then those of the chunks it imports. */
	modules: string[];
	hydration: IslandHydration;
}

const manifestPath = 'static/_app/islands/.vite/manifest.json';

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

function readManifest(): Manifest {
	try {
		return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	} catch {
		throw new Error(`${manifestPath} is missing: build the islands first (tsx scripts/buildIslands.ts).`);
	}
}

function entryOf(manifest: Manifest, name: string) {
	const entry = manifest[`src/islands/${name}.ts`];
	if (!entry) throw new Error(`${manifestPath} has no island "${name}" (src/islands/${name}.ts).`);
	return entry;
}

/** The addresses of an island's entry, then of the chunks it imports. */
function modulesOf(manifest: Manifest, name: string): string[] {
	const entry = entryOf(manifest, name);
	const chunks = (entry.imports ?? []).map((key) => manifest[key]!.file);
	return [entry.file, ...chunks].map((file) => `/_app/islands/${file}`);
}

/** Whether an island's code, loaded now or later (its dynamic imports), may ask for a UI string's key. */
function keysNamedBy(manifest: Manifest, name: string): (key: string) => boolean {
	const files = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key]!;
		if (files.has(chunk.file)) return;
		files.add(chunk.file);
		for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
	};
	visit(`src/islands/${name}.ts`);
	return keysNamedIn(
		[...files].map((file) => readFileSync(`static/_app/islands/${file}`, 'utf8')).join('\n')
	);
}

const scriptSafe = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** What an island's `…Html` props are in the page: not empty, as `{@html ''}` would claim no server markup. */
const keptOnHydration = '(prerendered)';

/** A component's markup, rendered on the server with the contexts it reads, for an island's `…Html` prop. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
export function staticHtml<Props extends Record<string, any>>(
	component: Component<Props>,
	props: Props,
	context: { locale: Locale; messages: Messages; copy: CopyData }
): string {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- StaticPart is generic; render() takes one type
	return render(StaticPart as Component<any>, { props: { component, props, ...context } }).body;
}

export interface IslandOptions<Props> {
	/**
	 * Props the server's render takes and the page does not write: the root reads them from the page in the
	 * browser. In development, where the page hydrates whole from its data, they are props like the others.
	 */
	serverProps?: Partial<Props>;
}

/**
 * A page's `island` function, given all its locale's UI strings: call it once per island, in the order the
 * islands appear on the page. It returns the island's markup and its props, its UI strings among them.
 */
export function pageIslands(messages: Messages) {
	const manifest = dev ? {} : readManifest();
	const written = new Set<string>();
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any root, whatever its props (as `render` takes)
	return function island<Props extends { messages: Messages } & Record<string, any>>(
		name: string,
		root: Component<Props>,
		given: Omit<Props, 'messages'>,
		hydration: IslandHydration = 'load',
		{ serverProps = {} }: IslandOptions<Props> = {}
	): { markup: IslandMarkup; props: Props } {
		const named = dev ? () => true : keysNamedBy(manifest, name);
		const own = Object.fromEntries(Object.entries(messages).filter(([key]) => named(key)));
		const props = { ...given, messages: own } as unknown as Props;
		const fresh = Object.fromEntries(
			Object.entries(own as Record<string, string>).filter(([key]) => !written.has(key))
		);
		for (const key of Object.keys(fresh)) written.add(key);
		const markup = {
			name,
			json: scriptSafe(
				Object.fromEntries(
					Object.entries(given).map(([key, value]) => [key, key.endsWith('Html') ? keptOnHydration : value])
				)
			),
			messages: Object.keys(fresh).length > 0 ? scriptSafe(fresh) : '',
			hydration
		};
		if (dev) return { props: { ...props, ...serverProps }, markup: { ...markup, html: '', modules: [] } };
		return {
			props,
			markup: {
				...markup,
				html: render(root, { props: { ...props, ...serverProps } }).body,
				modules: modulesOf(manifest, name)
			}
		};
	};
}
