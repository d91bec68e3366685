/**
 * The component package, used as a developer would: `npm run package`, `npm pack`, then a fresh SvelteKit
 * app (tests/package/app, with the project's exact versions of Kit, Svelte, Vite and TypeScript) installs the
 * tarball, type-checks (its page expects errors for wrong props, so `any` types would fail it), builds,
 * prerenders a hemicycle of another chamber and a timeline, and runs them in Chromium, with a page that shows a
 * custom element from the site's script (Svelte sets its attributes as properties). Desktop project only
 * (see playwright.config.ts); steps run in order and print their timings.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serveStatic';

const root = join(import.meta.dirname, '../..');
const pins = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies as Record<
	string,
	string
>;
const appDependencies = [
	'@sveltejs/adapter-static',
	'@sveltejs/kit',
	'@sveltejs/vite-plugin-svelte',
	'svelte',
	'svelte-check',
	'typescript',
	'vite'
];

/** Runs a command, prints how long it took, and returns its output; a failure shows the command's output. */
function run(label: string, command: string, args: string[], cwd: string): string {
	const started = performance.now();
	try {
		const output = execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
		console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
		return output;
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		throw new Error(`${label} failed:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
	}
}

test.describe.configure({ mode: 'serial' });
test.describe('the component package in a fresh SvelteKit app', () => {
	let work = '';
	let app = '';
	let tarball = '';
	let finished = false;

	test.beforeAll(() => {
		work = mkdtempSync(join(tmpdir(), 'france-nato-package-'));
		app = join(work, 'app');
	});

	// The app is left in the temporary folder when a step failed, to look into.
	test.afterAll(() => {
		if (finished) rmSync(work, { recursive: true, force: true });
		else console.log(`fresh app kept in ${work}`);
	});

	test('npm run package builds a library that publint and npm publish --dry-run pass; npm pack ships dist, the manifest, the README, the changelog and the licence', () => {
		test.setTimeout(120_000);
		run('npm run package', 'npm', ['run', '--silent', 'package'], root);
		const [packed] = JSON.parse(
			run('npm pack', 'npm', ['pack', '--json', '--pack-destination', work], join(root, 'packages/charts'))
		) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
		tarball = join(work, packed!.filename);
		console.log(
			`tarball ${packed!.filename}: ${(packed!.size / 1024).toFixed(1)} KiB packed, ${(packed!.unpackedSize / 1024).toFixed(1)} KiB unpacked, ${packed!.files.length} files`
		);
		const files = packed!.files.map((file) => file.path);
		expect(files).toEqual(
			expect.arrayContaining([
				'package.json',
				'README.md',
				'CHANGELOG.md',
				'LICENSE',
				'dist/index.js',
				'dist/index.d.ts',
				'dist/styles.css',
				'dist/charts/hemicycle/Hemicycle.svelte',
				'dist/charts/hemicycle/Hemicycle.svelte.d.ts',
				'dist/charts/timeline/TimelineChart.svelte'
			])
		);
		expect(files.filter((path) => /\.(test|server)\.|routes\/|\.staging/.test(path))).toEqual([]);
		expect(
			files.filter((path) => !/^(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/.*)$/.test(path))
		).toEqual([]);
		const manifest = JSON.parse(readFileSync(join(root, 'packages/charts/package.json'), 'utf8'));
		expect(manifest).toMatchObject({ license: 'MIT', publishConfig: { access: 'public' } });
	});

	test('a fresh SvelteKit app installs the tarball, and svelte-check finds the props typed', () => {
		test.setTimeout(240_000);
		// The app's source only: anything a tool generated beside it (.svelte-kit, node_modules) stays behind.
		cpSync(join(root, 'tests/package/app'), app, {
			recursive: true,
			filter: (path) => !/[\\/](\.svelte-kit|node_modules|build)([\\/]|$)/.test(path)
		});
		const devDependencies = Object.fromEntries(appDependencies.map((name) => [name, pins[name]!]));
		const manifest = {
			name: 'fresh-app',
			private: true,
			type: 'module',
			dependencies: { '@france-nato/charts': `file:${tarball}` },
			devDependencies
		};
		writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, '\t'));
		run('npm install', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app);
		run('svelte-kit sync', 'npx', ['svelte-kit', 'sync'], app);
		const check = run(
			'svelte-check',
			'npx',
			['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine'],
			app
		);
		expect(check).toMatch(/COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/);
	});

	test('the app builds and prerenders the hemicycle and the timeline as SVG', () => {
		test.setTimeout(120_000);
		run('vite build', 'npx', ['vite', 'build', '--logLevel', 'warn'], app);
		const html = readFileSync(join(app, 'build/index.html'), 'utf8');
		expect(html.match(/<svg[^>]*role="listbox"/g)).toHaveLength(2);
		expect(html.match(/<circle class="seat seat[ "]/g)).toHaveLength(101);
		expect(html).toContain('aria-label="Seats of the example chamber"');
		expect(html).toContain('The example chamber first sits');
	});

	test('in Chromium the charts hydrate and the hemicycle answers the keyboard', async ({ page }) => {
		const server = await serveStatic(join(app, 'build'), 0);
		try {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
			const seats = page.getByRole('listbox', { name: 'Seats of the example chamber' });
			await expect(seats.locator('circle.seat')).toHaveCount(101);
			const box = await seats.boundingBox();
			expect(box!.width).toBeGreaterThan(200);
			await seats.focus();
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Enter');
			await expect(page.getByTestId('selected')).toHaveText('red');
			await expect(seats.getByRole('option', { selected: true })).toHaveAttribute('data-group', 'red');
			await page.keyboard.press('Escape');
			await expect(page.getByTestId('selected')).toHaveText('none');
			await expect(page.getByRole('listbox', { name: /timeline|events/i })).toBeVisible();
			const background = await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--colour-bg')
			);
			expect(background.trim(), 'styles.css sets the design tokens').toMatch(/^#[0-9a-f]{6}$/);
			expect(errors).toEqual([]);
		} finally {
			server.close();
		}
	});

	test('in the app, <nato-timeline theme="dark"> from the site’s script renders dark: Svelte sets the property', async ({
		page,
		baseURL
	}) => {
		const server = await serveStatic(join(app, 'build'), 0);
		try {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.emulateMedia({ colorScheme: 'light' });
			const site = encodeURIComponent(baseURL!);
			await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/element/?site=${site}`);
			const element = page.locator('nato-timeline');
			await expect(element.locator('figcaption')).toBeAttached();
			expect(await element.evaluate((el) => el.getAttribute('theme'))).toBeNull();
			await expect(element.locator('figure')).toHaveCSS('color', 'rgb(233, 230, 223)');
			expect(errors).toEqual([]);
			finished = true;
		} finally {
			server.close();
		}
	});
});
