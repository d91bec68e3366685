/** The shell and code lines of the components pages' "Install" and "Import" sections. */

/** How to build the package's tarball from the repository and install it in an app. */
export function installCode({ name, version }: { name: string; version: string }): string {
	const tarball = `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
	return [
		'# In a checkout of the project: build and pack the library',
		'npm ci',
		'npm run package',
		'(cd packages/charts && npm pack)',
		'',
		'# In your Svelte 5 or SvelteKit app',
		`npm install path/to/${tarball}`
	].join('\n');
}

/** The imports every page of an app that uses the charts needs. */
export const importCode = [
	"import { Hemicycle, englishMessages, translator } from '@france-nato/charts';",
	"import '@france-nato/charts/styles.css';",
	'',
	'// Every chart takes `t`: the English strings, or yours with the same keys.',
	'const t = translator(englishMessages);'
].join('\n');

/** A translation of the charts' strings: the same keys, other words (a missing key is a type error). */
export const translationCode = [
	"import { englishMessages, translator, type Messages } from '@france-nato/charts';",
	'',
	'const french: Messages = {',
	'\t...englishMessages,',
	"\t'hemicycle.label': 'Sièges de l’Assemblée, groupe par groupe.'",
	'\t// …every other key, in French',
	'};',
	'const t = translator(french);'
].join('\n');
