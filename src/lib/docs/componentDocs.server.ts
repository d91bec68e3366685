/**
 * The props of the package's components, read at build time from their sources (see componentProps.ts),
 * and the package's name and version. Server-only: the pages that show them are prerendered.
 */
import entry from '$lib/index.ts?raw';
import manifest from '../../../packages/charts/package.json';
import { componentDoc, exportedComponents, type ComponentDoc } from './componentProps';

const sources = import.meta.glob<string>('/src/lib/charts/**/*.svelte', {
	query: '?raw',
	import: 'default',
	eager: true
});

const exported = exportedComponents(entry);

export const packageInfo = { name: manifest.name, version: manifest.version };

/** The documentation of each named component of the public entry; throws on a name it does not export. */
export function componentDocs(names: readonly string[]): (ComponentDoc & { name: string })[] {
	return names.map((name) => {
		const found = exported.find((component) => component.name === name);
		const source = found && sources[`/src/lib/${found.path}`];
		if (!source) throw new Error(`componentDocs: "${name}" is not a component of src/lib/index.ts`);
		return { name, ...componentDoc(source, name) };
	});
}
