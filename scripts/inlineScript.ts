/**
 * A Vite plugin for the scripts the pages inline (the story's scroll engine, the embeds' engine, the share
 * buttons' and the on-request element loader): `import script from './engine?inline-script'` gives a function
 * that returns `<script>…</script>`, in which `./engine.ts`'s default export, with everything it imports, is
 * bundled and minified into one IIFE that calls it with the function's arguments (as JSON). So an engine is an
 * ordinary module that imports its helpers, and pages get it without comments or long names. The SvelteKit
 * build, the dev server and the unit tests (all through vite.config.ts) get the same bundle; in dev, editing
 * the engine or anything it imports rebuilds it.
 */
import { build, type Alias, type Plugin } from 'vite';

const query = '?inline-script';
const entryId = '\0inline-script-entry';
/** What the IIFE passes to the default export, until the page's arguments replace it: a name no code declares. */
const argumentsPlaceholder = '__inlineScriptArguments__';

interface Bundle {
	code: string;
	/** The files bundled, which the dev server watches. */
	files: string[];
}

/** `file`'s default export called in a minified IIFE, with `argumentsPlaceholder` for its arguments' array. */
async function bundle(file: string, alias: readonly Alias[]): Promise<Bundle> {
	const output = await build({
		configFile: false,
		envDir: false,
		publicDir: false,
		logLevel: 'warn',
		resolve: { alias: [...alias] },
		plugins: [
			{
				name: 'inline-script-entry',
				resolveId: (id) => (id === entryId ? id : undefined),
				load: (id) =>
					id === entryId
						? `import run from ${JSON.stringify(file)};\nrun(...${argumentsPlaceholder});`
						: undefined
			}
		],
		build: {
			write: false,
			minify: true,
			target: 'es2022',
			modulePreload: false,
			rolldownOptions: { input: entryId, output: { format: 'iife' } }
		}
	});
	const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
		'output' in result ? result.output.filter((item) => item.type === 'chunk') : []
	);
	if (chunks.length !== 1) throw new Error(`${file}${query}: expected one chunk, got ${chunks.length}`);
	const { code, moduleIds } = chunks[0]!;
	const placeholders = code.split(argumentsPlaceholder).length - 1;
	if (placeholders !== 1)
		throw new Error(
			`${file}${query}: the bundle names ${argumentsPlaceholder} ${placeholders} times, not once`
		);
	// The script is written into the page as it is: nothing in it may end the element.
	if (/<\/script|<!--/i.test(code)) throw new Error(`${file}${query}: the bundle contains </script or <!--`);
	return { code: code.trim(), files: moduleIds.filter((id) => !id.startsWith('\0')) };
}

/** The module a `?inline-script` import gets: a function from the arguments to the `<script>` element. */
function scriptModule(code: string): string {
	return [
		`const code = ${JSON.stringify(code)};`,
		'export default function inlineScript(...args) {',
		// JSON in a script: escape `<` so that no value can close the element.
		"\tconst json = JSON.stringify(args).replace(/</g, '\\\\u003c');",
		`\treturn '<script>' + code.replace(${JSON.stringify(argumentsPlaceholder)}, () => json) + '</script>';`,
		'}'
	].join('\n');
}

export function inlineScript(): Plugin {
	let alias: readonly Alias[] = [];
	/** Each engine's bundle, by file, kept until one of the files in it changes. */
	const bundles = new Map<string, Promise<Bundle>>();
	/** The files in each engine's bundle, once it is built. */
	const filesIn = new Map<string, string[]>();
	return {
		name: 'inline-script',
		enforce: 'pre',
		configResolved(config) {
			alias = config.resolve.alias;
		},
		async resolveId(source, importer) {
			if (!source.endsWith(query)) return undefined;
			const resolved = await this.resolve(source.slice(0, -query.length), importer, { skipSelf: true });
			if (!resolved) throw new Error(`${source}: cannot find the module (imported by ${importer})`);
			return `${resolved.id}${query}`;
		},
		async load(id) {
			if (!id.endsWith(query)) return undefined;
			const file = id.slice(0, -query.length);
			let built = bundles.get(file);
			if (!built) {
				built = bundle(file, alias);
				bundles.set(file, built);
				built.catch(() => bundles.delete(file));
			}
			const { code, files } = await built;
			filesIn.set(file, files);
			for (const watched of files) this.addWatchFile(watched);
			return scriptModule(code);
		},
		watchChange(changed) {
			for (const [file, files] of filesIn)
				if (files.includes(changed)) {
					bundles.delete(file);
					filesIn.delete(file);
				}
		}
	};
}
