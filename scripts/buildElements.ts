/**
 * `npm run build` runs this after the site's own build: it builds the custom elements (src/elements) into
 * classic scripts under build/elements/v1/: `nato-charts.js` defines all five elements, and
 * `nato-hemicycle.js`, `nato-timeline.js`, `nato-positions.js`, `nato-arguments.js` and `nato-ballots.js` one
 * each, with only that chart's code, data and UI strings. Classic scripts, not modules, so that any page on any origin can load them
 * with a plain <script src>, with no CORS header. Any of them may share a page, in any order (src/elements/register.ts).
 * It copies the site's font files beside them, to build/elements/v1/fonts/. Prints each script's size.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { uneval } from 'devalue';
import { build, runnerImport, type Plugin } from 'vite';
import { remToPx, withoutComments, withPropertiesUsedBy } from '../src/elements/hostCss';
import { keysNamedIn } from '../src/lib/i18n/keysNamed';
import { d3Browser } from './d3Browser';

// Svelte's production runtime, without its development checks and messages.
process.env.NODE_ENV = 'production';

const outDir = 'build/elements/v1';
const alias = { $lib: resolve('src/lib'), $content: resolve('content') };
/** Each element's tag and the component compiled into it. */
const elements: Record<string, string> = {
	'nato-hemicycle': 'src/elements/NatoHemicycle.svelte',
	'nato-timeline': 'src/elements/NatoTimeline.svelte',
	'nato-positions': 'src/elements/NatoPositions.svelte',
	'nato-arguments': 'src/elements/NatoArguments.svelte',
	'nato-ballots': 'src/elements/NatoBallots.svelte'
};
/** Each script and the tags it defines. */
const scripts: Record<string, string[]> = {
	'nato-charts': Object.keys(elements),
	...Object.fromEntries(Object.keys(elements).map((tag) => [tag, [tag]]))
};

/**
 * `virtual:element-entry/<script>`: a script's entry, which registers its elements (register.ts) rather than
 * letting Svelte's compiled component call `customElements.define` itself, which throws for a tag already
 * defined by another of the scripts on the page.
 */
function elementEntries(): Plugin {
	const prefix = 'virtual:element-entry/';
	return {
		name: 'element-entry',
		// Vite's library mode makes the entry a path under the root: the name follows the prefix.
		resolveId: (request) =>
			request.includes(prefix) ? `\0${request.slice(request.indexOf(prefix))}` : undefined,
		load(id) {
			if (!id.startsWith(`\0${prefix}`)) return undefined;
			const tags = scripts[id.slice(prefix.length + 1)]!;
			return [
				`import { registerElements } from ${JSON.stringify(resolve('src/elements/register.ts'))};`,
				...tags.map((tag, i) => `import C${i} from ${JSON.stringify(resolve(elements[tag]!))};`),
				`registerElements({ ${tags.map((tag, i) => `${JSON.stringify(tag)}: C${i}`).join(', ')} });`
			].join('\n');
		}
	};
}

/** The font files the site's fonts.css names, copied to `<outDir>/fonts/` (register.ts declares them from there). */
function copyFonts(): void {
	const css = 'src/lib/design/fonts.css';
	mkdirSync(`${outDir}/fonts`, { recursive: true });
	for (const [, url] of readFileSync(css, 'utf8').matchAll(/url\('([^']+\.woff2)'\)/g))
		copyFileSync(resolve(dirname(css), url!), `${outDir}/fonts/${basename(url!)}`);
}

/**
 * `virtual:element-data/<key>`: each key of src/elements/elementData.server.ts's result as its own module
 * (`messages/<bundle>` for the UI strings), so that a script with one element bundles only what it imports.
 */
async function elementDataModules(): Promise<Record<string, unknown>> {
	const { module } = await runnerImport<typeof import('../src/elements/elementData.server')>(
		'/src/elements/elementData.server.ts',
		{ configFile: false, resolve: { alias }, logLevel: 'warn' }
	);
	return module.elementData();
}

/** What a message bundle's module and the host's sheet export until the script is built: names no code declares. */
const messagesPlaceholder = /\b__natoMessages_(\w+)__\b/g;
const hostCssPlaceholder = '__natoHostCss__';

/**
 * The data modules. A message bundle's module exports a placeholder; once the script is built, each placeholder
 * becomes the bundle's strings that the script's code names (keysNamedIn), so that no script carries the strings
 * of another chart's element, of the site's embed builder or downloads (their bundles are shared by prefix). So
 * does the host's sheet, which becomes the sheet less the custom properties the script never names
 * (withPropertiesUsedBy: the Assembly's group colours in a script that draws no group).
 */
function elementData(data: Record<string, unknown>): Plugin {
	const prefix = 'virtual:element-data/';
	return {
		name: 'element-data',
		resolveId: (request) => (request.startsWith(prefix) ? `\0${request}` : undefined),
		load(id) {
			if (!id.startsWith(`\0${prefix}`)) return undefined;
			const key = id.slice(prefix.length + 1);
			if (!(key in data)) return undefined;
			if (key === 'hostCss') return `export default ${hostCssPlaceholder};`;
			return key.startsWith('messages/')
				? `export default __natoMessages_${key.slice('messages/'.length)}__;`
				: `export default ${uneval(data[key])};`;
		},
		generateBundle(_, bundle) {
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				const named = keysNamedIn(chunk.code);
				const hostCss = withPropertiesUsedBy(data.hostCss as string, chunk.code);
				chunk.code = chunk.code
					.replace(messagesPlaceholder, (_, name: string) => {
						const messages = data[`messages/${name}`] as Record<string, string> | undefined;
						if (!messages) throw new Error(`${chunk.fileName}: no message bundle "${name}"`);
						return uneval(Object.fromEntries(Object.entries(messages).filter(([key]) => named(key))));
					})
					.replaceAll(hostCssPlaceholder, () => uneval(hostCss));
			}
		}
	};
}

/** `code` with every non-ASCII UTF-16 unit written as a \u escape, valid in strings, templates and regexes. */
function asciiOnly(code: string): string {
	return code.replace(/[^ -~\t\n\r]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const started = performance.now();
const data = await elementDataModules();
copyFonts();
for (const name of Object.keys(scripts)) {
	await build({
		configFile: false,
		mode: 'production',
		logLevel: 'warn',
		plugins: [
			svelte({
				configFile: false,
				// Lengths in rem become px: inside an element, 1rem would follow the host page's root font size. The
				// comments go: Svelte keeps them in the CSS it injects (0.3 KiB gz in a one-chart script, 1.3 in
				// nato-charts.js).
				preprocess: [
					vitePreprocess(),
					{ name: 'rem-to-px', style: ({ content }) => ({ code: remToPx(withoutComments(content)) }) }
				],
				// Every component injects its own CSS into the shadow root it renders in; the wrappers named
				// Nato*.svelte are the custom elements, defined by register.ts (their options name no tag).
				compilerOptions: { runes: true, css: 'injected', dev: false },
				dynamicCompileOptions: ({ filename }) =>
					/src\/elements\/Nato\w+\.svelte$/.test(filename) ? { customElement: true } : undefined
			}),
			elementData(data),
			elementEntries(),
			// d3 as the browser builds bundle it: d3-scale without d3's generic interpolator and d3-format, which our
			// charts never use, and only the d3-time intervals they use (scripts/d3Browser.ts).
			d3Browser()
		],
		resolve: { alias },
		build: {
			outDir,
			emptyOutDir: false,
			target: 'es2022',
			sourcemap: process.env.ELEMENTS_SOURCEMAP === '1',
			lib: {
				entry: `virtual:element-entry/${name}`,
				name: 'natoCharts',
				formats: ['iife'],
				fileName: () => `${name}.js`
			}
		}
	});
	// ASCII only (non-ASCII as \u escapes): a page that declares no charset would otherwise decode the
	// script's quotes and accents as Windows-1252.
	const file = `${outDir}/${name}.js`;
	writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));
	const bytes = readFileSync(file);
	console.log(
		`${outDir}/${name}.js: ${(bytes.length / 1024).toFixed(1)} KiB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB gzipped`
	);
}
console.log(`Custom elements built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
