/**
 * `npm run package`: builds the charts as a Svelte 5 component library, @france-nato/charts, in
 * packages/charts/dist, and lints the package with publint.
 *
 * 1. Stages what src/lib/index.ts reaches (scripts/package/stage.ts) into packages/charts/.staging.
 * 2. Writes the charts' English strings and `styles.css` (design tokens and the Assembly's group colours).
 * 3. Runs svelte-package (TypeScript stripped, `.d.ts` beside every module and component).
 * 4. Checks the output: no test or server module, no import that leaves the package other than of the npm
 *    packages packages/charts/package.json lists (svelte as a peer; the d3 modules as dependencies, each used,
 *    and pinned at the version the site builds and tests with); then publint and `npm publish --dry-run`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { groupTokenCss } from '../src/lib/design/groupTokens.ts';
import { isoDay } from '../src/lib/dates/partialDate.ts';
import { validateContent } from '../src/lib/data/validate.ts';
import {
	manifestPackages,
	messagesModule,
	messagesModuleText,
	packageOf,
	stageLibrary,
	usedPrefixes
} from './package/stage.ts';

const root = join(import.meta.dirname, '..');
const packageDir = join(root, 'packages/charts');
const stageDir = join(packageDir, '.staging');
const distDir = join(packageDir, 'dist');
const started = performance.now();

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
interface Manifest {
	name: string;
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
}
const manifest = readJson('packages/charts/package.json') as Manifest;
/** The npm packages the packaged code may import: what the manifest lists. */
const packages = manifestPackages(manifest);
const jsonFiles = (dir: string, pattern: RegExp) =>
	readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
		.map((name) => `${dir}/${name}`)
		.filter((path) => pattern.test(path));

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
		statSync(join(dir, name)).isFile()
	);
}

// The same validation as the site build: a malformed content file stops the package too.
const content = validateContent(
	Object.fromEntries(jsonFiles('content/data', /\.json$/).map((path) => [path, readJson(path)])),
	Object.fromEntries(jsonFiles('content', /\/messages\.json$/).map((path) => [path, readJson(path)])),
	{ today: isoDay(new Date()) }
);

rmSync(stageDir, { recursive: true, force: true });
const staged = stageLibrary(join(root, 'src/lib'), 'index.ts', packages);
// Each dependency is one the code imports, at the exact version the site is built and tested with.
const site = readJson('package.json') as Manifest;
const imported = new Set(
	staged.flatMap((file) =>
		[...file.text.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)].map((match) => packageOf(match[1]!) ?? '')
	)
);
for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
	if (!imported.has(name))
		throw new Error(`packages/charts/package.json lists "${name}", which the packaged code never imports`);
	const pinned = site.dependencies?.[name] ?? site.devDependencies?.[name];
	if (version !== pinned)
		throw new Error(
			`packages/charts/package.json has ${name} ${version}, the site's package.json ${pinned ?? 'none'}: keep them equal`
		);
}
const english = content.messages.en!;
const prefixes = usedPrefixes(staged, new Set(Object.keys(english).map((key) => key.split('.')[0]!)));
const chartMessages = Object.fromEntries(
	Object.entries(english).filter(([key]) => prefixes.includes(key.split('.')[0]!))
);
for (const file of [...staged, { path: messagesModule, text: messagesModuleText(chartMessages) }]) {
	mkdirSync(dirname(join(stageDir, file.path)), { recursive: true });
	writeFileSync(join(stageDir, file.path), file.text);
}
const tokens = readFileSync(join(root, 'src/lib/design/tokens.css'), 'utf8');
writeFileSync(
	join(stageDir, 'styles.css'),
	`${tokens}\n/* The National Assembly's group colours (content/data/assembly.json), as --group-<id>-fill and -ink. */\n${groupTokenCss(content.assembly.groups)}\n`
);
console.log(
	`staged ${staged.length} files from src/lib/index.ts; ${Object.keys(chartMessages).length} UI strings (${prefixes.join(', ')})`
);

execFileSync('npx', ['svelte-package', '-i', '.staging', '-o', 'dist', '--tsconfig', 'tsconfig.json'], {
	cwd: packageDir,
	stdio: 'inherit'
});

// The output must stand alone: every relative import resolves inside dist/, and nothing else was carried.
const built = filesUnder(distDir);
const problems: string[] = [];
for (const name of built) {
	if (/\.(test|server)\./.test(name)) problems.push(`${name}: test or server module in the package`);
	// The strings module is data: its text may say "from" anywhere.
	if (!/\.(js|ts|svelte)$/.test(name) || name.startsWith('i18n/messages.en.')) continue;
	const text = readFileSync(join(distDir, name), 'utf8');
	for (const match of text.matchAll(/(?:from\s*|import\s*\(?\s*)['"]([^'"]+)['"]/g)) {
		const specifier = match[1]!;
		const dependency = packageOf(specifier);
		// The declarations name no dependency: their types (@types/d3-*) are not the package's dependencies.
		if (dependency !== null && name.endsWith('.d.ts') && !(dependency in (manifest.peerDependencies ?? {})))
			problems.push(`${name}: its types import "${specifier}", whose types a user's app may not have`);
		if (dependency !== null && packages.has(dependency)) continue;
		const target = relative(distDir, join(distDir, dirname(name), specifier));
		if (!specifier.startsWith('.') || target.startsWith('..') || !built.includes(target))
			problems.push(`${name}: imports "${specifier}", which is not in the package`);
	}
}
if (problems.length > 0) throw new Error(`The package is not self-contained:\n${problems.join('\n')}`);

execFileSync('npx', ['publint', '--strict', 'packages/charts'], { cwd: root, stdio: 'inherit' });
// Ready to publish: npm packs what it would upload (the code's licence among it) and checks the manifest, without
// uploading anything.
copyFileSync(join(root, 'LICENSE'), join(packageDir, 'LICENSE'));
const published = JSON.parse(
	execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: packageDir,
		encoding: 'utf8'
	})
) as Record<string, { id: string; files: { path: string }[] }>;
// npm 10 prints the package's report alone; npm 11 under the package's name.
const dryRun = published[manifest.name] ?? (published as unknown as (typeof published)[string]);
for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js'])
	if (!dryRun.files.some((f) => f.path === file)) throw new Error(`npm publish would leave out ${file}`);
console.log(`npm publish --dry-run: ${dryRun.id}, ${dryRun.files.length} files`);
const bytes = built.reduce((sum, name) => sum + statSync(join(distDir, name)).size, 0);
console.log(
	`packages/charts/dist: ${built.length} files, ${(bytes / 1024).toFixed(1)} KiB; done in ${((performance.now() - started) / 1000).toFixed(1)} s`
);
