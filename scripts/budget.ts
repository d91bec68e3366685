/**
 * The size budget: builds the site, works out what a first load of each prerendered page downloads (HTML,
 * CSS, and JS including every module imported statically), prints raw and gzip sizes against the budgets
 * in `budget.json`, and writes the figures to `reports/budget.json`. Exits 1 if any page is over budget,
 * so it can gate a release.
 *
 * Usage: tsx scripts/budget.ts            (npm run budget: builds for the preview server, then measures)
 *        tsx scripts/budget.ts --built    (measures the build already in build/, as `npm test` does)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	assetKinds,
	budgetFor,
	collectFirstLoad,
	findIslands,
	findOverruns,
	kib,
	totalsByKind,
	type Budget,
	type BudgetConfig,
	type FirstLoad,
	type Overrun,
	type Totals
} from './budgetFigures';
import { formatTable } from './textTable';
import { prerenderedRoutes } from './routes';

const buildDir = 'build';
const budgetFile = 'budget.json';
const reportFile = 'reports/budget.json';

interface RouteReport extends FirstLoad {
	route: string;
	budget: Budget;
	totals: Totals;
	overruns: Overrun[];
}

/** Builds the site quietly; the build's own output is shown only if it fails. */
function build(): void {
	process.stdout.write('Building… ');
	const started = Date.now();
	// `npm run build:local`: the site (for the preview server's origin), then the custom elements' scripts.
	const result = spawnSync('npm', ['run', 'build:local'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.status !== 0) {
		console.log('failed.\n');
		process.stdout.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
		if (result.error) console.error(result.error);
		process.exit(1);
	}
	console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}

function readBudgetConfig(): BudgetConfig {
	const config = JSON.parse(readFileSync(budgetFile, 'utf8')) as BudgetConfig;
	// A typo in budget.json would otherwise compare against undefined and pass everything silently.
	const budgets = [config.default, ...Object.values(config.routes ?? {})];
	const numbers = [
		config.embedsJsGzipKiB,
		...Object.values(config.elementsJsGzipKiB ?? {}),
		...budgets.flatMap((budget) => Object.values(budget ?? {}))
	];
	if (!config.default || numbers.some((value) => typeof value !== 'number' || !(value >= 0)))
		throw new Error(`${budgetFile}: budgets must be non-negative numbers of KiB, with a "default".`);
	for (const key of ['jsGzipKiB', 'cssGzipKiB', 'htmlGzipKiB'] as const)
		if (typeof config.default[key] !== 'number') throw new Error(`${budgetFile}: default.${key} is missing.`);
	return config;
}

/** Reads a built file by its site path, refusing anything outside the build directory. */
function readBuiltFile(sitePath: string): Buffer | undefined {
	const root = resolve(buildDir);
	const path = resolve(join(root, sitePath));
	if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) return undefined;
	return readFileSync(path);
}

function measureRoute(route: string, config: BudgetConfig): RouteReport {
	const html = readFileSync(join(buildDir, route, 'index.html'), 'utf8');
	const load = collectFirstLoad(route, html, readBuiltFile);
	const budget = budgetFor(route, config);
	const totals = totalsByKind(load.files);
	return { route, budget, totals, overruns: findOverruns(totals, budget), ...load };
}

const oneDecimal = (bytes: number) => kib(bytes).toFixed(1);

function tableRow(report: RouteReport): string[] {
	const over = new Set(report.overruns.map((overrun) => overrun.kind));
	const sizes = assetKinds.flatMap((kind) => [
		oneDecimal(report.totals[kind].raw),
		// Every gzip cell gets a two-character suffix so that the numbers still line up when one is marked.
		oneDecimal(report.totals[kind].gzip) + (over.has(kind) ? ' ✗' : '  ')
	]);
	const { jsGzipKiB, cssGzipKiB, htmlGzipKiB } = report.budget;
	const overText = report.overruns
		.map(({ kind, gzipKiB, budgetKiB }) => `${kind} ${gzipKiB.toFixed(1)} > ${budgetKiB}`)
		.join(', ');
	return [
		report.route,
		...sizes,
		`${jsGzipKiB} / ${cssGzipKiB} / ${htmlGzipKiB}`,
		overText ? `✗ ${overText}` : ''
	];
}

function printTable(reports: readonly RouteReport[]): void {
	const header = [
		'Route',
		'JS raw',
		'JS gz  ',
		'CSS raw',
		'CSS gz  ',
		'HTML raw',
		'HTML gz  ',
		'Budget gz',
		'Over'
	];
	console.log('First-load sizes in KiB (1024 bytes); gz = gzip -9; budgets (JS / CSS / HTML) are for gz.\n');
	console.log(formatTable(header, reports.map(tableRow), [0, header.length - 1]));
	console.log();
}

function printProblems(reports: readonly RouteReport[]): void {
	for (const report of reports) {
		for (const path of report.missing)
			console.warn(`${report.route}: references ${path}, not in ${buildDir}/`);
		for (const url of report.external)
			console.warn(`${report.route}: references ${url} on another origin (not measured)`);
	}
}

function summary(reports: readonly RouteReport[]): string {
	const over = reports.filter((report) => report.overruns.length > 0);
	if (over.length === 0) return `All ${reports.length} routes are within budget.`;
	const which = over.map((report) => `${report.route} (${report.overruns.map((o) => o.kind).join(', ')})`);
	return `${over.length} of ${reports.length} routes over budget: ${which.join('; ')}.`;
}

function writeReport(reports: readonly RouteReport[]): void {
	mkdirSync('reports', { recursive: true });
	const figures = { generatedAt: new Date().toISOString(), routes: reports };
	writeFileSync(reportFile, JSON.stringify(figures, null, '\t') + '\n');
}

/** The custom elements' scripts against their budgets; returns how many are over (or missing). */
/** Each island's modules and props, page by page: the parts of the pages' JS figures. */
function printIslands(routes: readonly string[]): void {
	const rows = routes.flatMap((route) =>
		findIslands(readFileSync(join(buildDir, route, 'index.html'), 'utf8'), readBuiltFile).map((island) => [
			route,
			island.name,
			island.hydration === 'load' ? 'on load' : 'when near the screen',
			oneDecimal(island.modules.gzip),
			oneDecimal(island.props.gzip)
		])
	);
	if (rows.length === 0) return;
	console.log(
		"Islands (src/islands/), KiB gz: each one's modules (its entry and every chunk it imports, so shared chunks such\n" +
			'as the Svelte runtime count in each island that imports them) and its props. The JS of an island that hydrates\n' +
			"when near the screen, and its props, are not in the page's first load.\n"
	);
	console.log(formatTable(['Page', 'Island', 'Hydrates', 'Modules', 'Props'], rows, [0, 1]));
	console.log();
}

function checkElements(config: BudgetConfig): number {
	const budgets = Object.entries(config.elementsJsGzipKiB ?? {});
	const rows = budgets.map(([file, budgetKiB]) => {
		const bytes = readBuiltFile(`/elements/v1/${file}`);
		const gz = bytes ? kib(gzipSync(bytes, { level: 9 }).length) : NaN;
		const ok = gz <= budgetKiB;
		return {
			row: [
				file,
				bytes ? kib(bytes.length).toFixed(1) : 'missing',
				gz.toFixed(1),
				String(budgetKiB),
				ok ? 'ok' : 'OVER'
			],
			ok
		};
	});
	console.log('Custom-element scripts (build/elements/v1/), KiB:\n');
	console.log(
		formatTable(
			['script', 'raw', 'gz', 'budget gz', ''],
			rows.map((r) => r.row),
			[0, 4]
		)
	);
	console.log();
	return rows.filter((r) => !r.ok).length;
}

const args = process.argv.slice(2);
if (args.some((arg) => arg !== '--built')) {
	console.error(`Unknown argument: ${args.join(' ')}. Usage: tsx scripts/budget.ts [--built]`);
	process.exit(2);
}
if (!args.includes('--built')) build();
else if (!existsSync(join(buildDir, 'index.html')) || !existsSync(join(buildDir, 'elements/v1')))
	throw new Error(
		`--built: no complete build in ${buildDir}/ (the site and its elements): run npm run build:local.`
	);
const config = readBudgetConfig();
const reports = prerenderedRoutes(buildDir).map((route) => measureRoute(route, config));
printTable(reports);
printIslands(reports.map((report) => report.route));
printProblems(reports);
const elementsOver = checkElements(config);
writeReport(reports);
console.log(summary(reports));
if (elementsOver) console.log(`${elementsOver} custom-element script(s) over budget.`);
console.log(`Figures written to ${reportFile}.`);
process.exit(reports.some((report) => report.overruns.length > 0) || elementsOver ? 1 : 0);
