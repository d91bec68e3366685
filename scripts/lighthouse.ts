/**
 * Lighthouse report on every prerendered page of the built site: performance, accessibility, best
 * practices and SEO on the default mobile profile (a mid-range phone, simulated slow 4G and CPU), served
 * from `build/` the way a CDN serves it. Prints the scores and key metrics against the project's targets,
 * lists the failing audits behind every miss so they can be fixed, and writes the figures to
 * `reports/lighthouse.json` and each page's full report to `reports/lighthouse/<page>.html`.
 *
 * It is a report, so it exits 0 however the scores look; with `--strict` it exits 1 on any miss.
 * Scores vary from run to run (the story's performance moves between 98 and 100 here); `--runs=N` runs
 * each page N times and reports Lighthouse's median run, which is steadier for a gate.
 * Builds the site first if `build/` is missing (otherwise it tests what is there: rebuild after changes).
 *
 * Usage: tsx scripts/lighthouse.ts [--strict] [--runs=N] [route ...]   (npm run lighthouse)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { formatTable } from './textTable';
import { chromiumArgs, chromiumPath } from './chromium';
import { prerenderedRoutes } from './routes';
import { serveStatic } from './serveStatic';

const buildDir = 'build';
const port = 4180;
const reportFile = 'reports/lighthouse.json';
const htmlReportDir = 'reports/lighthouse';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];

/** The project's targets: minimum scores out of 100, and no layout shift at all. */
const scoreTargets: Record<Category, number> = {
	performance: 98,
	accessibility: 100,
	'best-practices': 100,
	seo: 100
};
const clsTarget = 0;

// Audits with these modes carry no pass or fail: they are for people to read, or do not apply.
const unscoredModes = new Set(['notApplicable', 'informative', 'manual']);

interface FailingAudit {
	id: string;
	title: string;
	score: number | null;
	displayValue?: string;
	/** Why Lighthouse could not run the audit, when it could not. */
	error?: string;
	/** A few of the elements the audit flags (CSS selectors), where it names any. */
	elements: string[];
}

interface Miss {
	what: Category | 'cls';
	value: number;
	target: number;
	audits: FailingAudit[];
}

interface PageFigures {
	route: string;
	url: string;
	scores: Record<Category, number | null>;
	cls: number;
	lcpMs: number;
	tbtMs: number;
	fcpMs: number;
	speedIndexMs: number;
	misses: Miss[];
	runWarnings: string[];
	lighthouseVersion: string;
	chromeUserAgent: string;
	/** Audits Lighthouse could not run on this page, whether or not they bear on a target. */
	erroredAudits: { id: string; error: string }[];
}

interface Options {
	strict: boolean;
	runs: number;
	routes: string[];
}

function parseArguments(args: readonly string[]): Options {
	const options: Options = { strict: false, runs: 1, routes: [] };
	for (const arg of args) {
		const runs = /^--runs=(\d+)$/.exec(arg)?.[1];
		if (arg === '--strict') options.strict = true;
		else if (runs && Number(runs) >= 1) options.runs = Number(runs);
		else if (arg.startsWith('--')) {
			console.error(
				`Unknown option ${arg}. Usage: tsx scripts/lighthouse.ts [--strict] [--runs=N] [route ...]`
			);
			process.exit(2);
		} else options.routes.push(arg);
	}
	return options;
}

/** Builds the site if there is no build to test, showing the build's output only if it fails. */
function ensureBuilt(): void {
	if (existsSync(`${buildDir}/index.html`)) return;
	console.log(`No ${buildDir}/: building…`);
	const result = spawnSync('npm', ['run', 'build:local'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status === 0) return;
	process.stdout.write(result.stdout ?? '');
	process.stderr.write(result.stderr ?? '');
	throw new Error('The build failed.');
}

function score(lhr: Result, category: Category): number | null {
	const value = lhr.categories[category]?.score;
	return typeof value === 'number' ? Math.round(value * 100) : null;
}

function numericValue(lhr: Result, auditId: string): number {
	return lhr.audits[auditId]?.numericValue ?? NaN;
}

function isFailing(audit: Result['audits'][string]): boolean {
	// A null score outside the unscored modes is an audit that errored: worth knowing about too.
	return !unscoredModes.has(audit.scoreDisplayMode) && (audit.score === null || audit.score < 1);
}

/** The selectors of the first few elements an audit's details point at, if any. */
function flaggedElements(audit: Result['audits'][string], limit = 5): string[] {
	const details = audit.details as { items?: { node?: { selector?: string } }[] } | undefined;
	const selectors = (details?.items ?? []).map((item) => item.node?.selector).filter(Boolean) as string[];
	return [...new Set(selectors)].slice(0, limit);
}

function describeAudit(audit: Result['audits'][string]): FailingAudit {
	return {
		id: audit.id,
		title: audit.title,
		score: audit.score,
		displayValue: audit.displayValue,
		error: audit.scoreDisplayMode === 'error' ? (audit.errorMessage ?? 'unknown error') : undefined,
		elements: flaggedElements(audit)
	};
}

function failingAuditsIn(lhr: Result, category: Category): FailingAudit[] {
	const refs = lhr.categories[category]?.auditRefs ?? [];
	return refs
		.map((ref) => lhr.audits[ref.id])
		.filter((audit) => audit !== undefined && isFailing(audit))
		.map((audit) => describeAudit(audit!));
}

/** The CLS metric itself, and every failing audit that says fixing it would reduce layout shift. */
function layoutShiftAudits(lhr: Result): FailingAudit[] {
	const shifting = Object.values(lhr.audits).filter(
		(audit) =>
			audit.id === 'cumulative-layout-shift' ||
			(isFailing(audit) && (audit.id === 'layout-shifts' || (audit.metricSavings?.CLS ?? 0) > 0))
	);
	return shifting.map(describeAudit);
}

function findMisses(lhr: Result, scores: Record<Category, number | null>, cls: number): Miss[] {
	const misses: Miss[] = categories
		.filter((category) => (scores[category] ?? 0) < scoreTargets[category])
		.map((category) => ({
			what: category,
			value: scores[category] ?? 0,
			target: scoreTargets[category],
			audits: failingAuditsIn(lhr, category)
		}));
	if (!(cls <= clsTarget))
		misses.push({ what: 'cls', value: cls, target: clsTarget, audits: layoutShiftAudits(lhr) });
	return misses;
}

function pageFigures(route: string, lhr: Result): PageFigures {
	const scores = Object.fromEntries(categories.map((category) => [category, score(lhr, category)])) as Record<
		Category,
		number | null
	>;
	const cls = numericValue(lhr, 'cumulative-layout-shift');
	return {
		route,
		url: lhr.finalDisplayedUrl,
		scores,
		cls,
		lcpMs: numericValue(lhr, 'largest-contentful-paint'),
		tbtMs: numericValue(lhr, 'total-blocking-time'),
		fcpMs: numericValue(lhr, 'first-contentful-paint'),
		speedIndexMs: numericValue(lhr, 'speed-index'),
		misses: findMisses(lhr, scores, cls),
		runWarnings: lhr.runWarnings.map(String),
		lighthouseVersion: lhr.lighthouseVersion,
		chromeUserAgent: lhr.environment.hostUserAgent,
		erroredAudits: Object.values(lhr.audits)
			.filter((audit) => audit.scoreDisplayMode === 'error')
			.map((audit) => ({ id: audit.id, error: audit.errorMessage ?? 'unknown error' }))
	};
}

/** `reports/lighthouse/<page>.html`, named like the screenshots: `story` for `/`. */
function htmlReportPath(route: string): string {
	return `${htmlReportDir}/${route.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'story'}.html`;
}

/** Runs Lighthouse `runs` times on a page and keeps the median run (by FCP and TTI, as Lighthouse picks it). */
async function medianRun(url: string, flags: Flags, runs: number): Promise<{ lhr: Result; report: string }> {
	const results: { lhr: Result; report: string }[] = [];
	for (let run = 0; run < runs; run++) {
		const result = await lighthouse(url, flags);
		if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
		results.push({ lhr: result.lhr, report: String(result.report) });
	}
	const median = computeMedianRun(results.map((result) => result.lhr));
	return results.find((result) => result.lhr === median) ?? results[0]!;
}

async function auditRoutes(routes: readonly string[], runs: number): Promise<PageFigures[]> {
	const server = await serveStatic(buildDir, port);
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: [...chromiumArgs, '--headless=new'],
		logLevel: 'silent'
	});
	// No `config`: Lighthouse's default is the mobile profile with simulated throttling, which is what we want.
	const flags: Flags = {
		port: chrome.port,
		output: 'html',
		logLevel: 'error',
		onlyCategories: [...categories]
	};
	const figures: PageFigures[] = [];
	try {
		for (const route of routes) {
			process.stderr.write(`Lighthouse ${route}${runs > 1 ? ` (median of ${runs} runs)` : ''} … `);
			const { lhr, report } = await medianRun(`http://127.0.0.1:${port}${route}`, flags, runs);
			writeFileSync(htmlReportPath(route), report);
			figures.push(pageFigures(route, lhr));
			process.stderr.write('done\n');
		}
	} finally {
		chrome.kill();
		server.close();
	}
	return figures;
}

/* ---------- Printing ---------- */

const mark = (missed: boolean) => (missed ? ' ✗' : '  ');

function formatCls(cls: number): string {
	if (!Number.isFinite(cls)) return '?';
	return cls > 0 && cls < 0.001 ? '<0.001' : cls.toFixed(3);
}

function tableRow(page: PageFigures): string[] {
	const missed = new Set(page.misses.map((miss) => miss.what));
	const scoreCells = categories.map(
		(category) => `${page.scores[category] ?? '–'}${mark(missed.has(category))}`
	);
	return [
		page.route,
		...scoreCells,
		formatCls(page.cls) + mark(missed.has('cls')),
		Math.round(page.lcpMs).toString(),
		Math.round(page.tbtMs).toString()
	];
}

function printTable(pages: readonly PageFigures[], runs: number): void {
	const header = ['Route', 'Perf  ', 'A11y  ', 'Best pr.  ', 'SEO  ', 'CLS  ', 'LCP ms', 'TBT ms'];
	const median = runs > 1 ? `, median of ${runs} runs` : ', one run per page';
	console.log(`\nLighthouse ${lighthouseVersion(pages)}, mobile profile, simulated throttling${median}.`);
	console.log(
		`Targets: performance ≥ ${scoreTargets.performance}, accessibility, best practices and SEO 100, CLS 0.\n`
	);
	console.log(formatTable(header, pages.map(tableRow)));
	console.log();
}

function printMisses(pages: readonly PageFigures[]): void {
	for (const page of pages) {
		for (const warning of page.runWarnings) console.log(`${page.route}: Lighthouse warns: ${warning}`);
		for (const miss of page.misses) {
			const value = miss.what === 'cls' ? formatCls(miss.value) : miss.value;
			console.log(`${page.route} ${miss.what}: ${value}, target ${miss.what === 'cls' ? '0' : miss.target}`);
			if (miss.audits.length === 0)
				console.log('    (no failing audits: the score is held down by metrics alone)');
			for (const audit of miss.audits) {
				const value = audit.displayValue ? ` (${audit.displayValue})` : '';
				const error = audit.error ? ' — could not run, see below' : '';
				console.log(`    ${audit.id}: ${audit.title}${value}${error}`);
				for (const selector of audit.elements) console.log(`        ${selector}`);
			}
		}
	}
	if (pages.some((page) => page.misses.length > 0 || page.runWarnings.length > 0)) console.log();
}

/**
 * Audits Lighthouse could not run, grouped by error, once for all pages: they usually fail the same way
 * everywhere (a Chromium newer than this Lighthouse release, say), and the scores leave them out.
 */
function printErroredAudits(pages: readonly PageFigures[]): void {
	const byError = new Map<string, Set<string>>();
	for (const page of pages)
		for (const { id, error } of page.erroredAudits)
			byError.set(error, (byError.get(error) ?? new Set()).add(id));
	if (byError.size === 0) return;
	console.log('Audits Lighthouse could not run (left out of the scores, so their diagnostics are missing):');
	for (const [error, ids] of byError) console.log(`    ${[...ids].sort().join(', ')}\n        ${error}`);
	console.log();
}

function lighthouseVersion(pages: readonly PageFigures[]): string {
	return pages[0]?.lighthouseVersion ?? '';
}

function writeReport(pages: readonly PageFigures[], runs: number): void {
	const targets = { ...scoreTargets, cls: clsTarget };
	const figures = { generatedAt: new Date().toISOString(), runsPerPage: runs, targets, pages };
	writeFileSync(reportFile, JSON.stringify(figures, null, '\t') + '\n');
}

function summary(pages: readonly PageFigures[]): string {
	const missing = pages.filter((page) => page.misses.length > 0);
	if (missing.length === 0) return `All ${pages.length} pages meet every target.`;
	const which = missing.map((page) => `${page.route} (${page.misses.map((miss) => miss.what).join(', ')})`);
	return `${missing.length} of ${pages.length} pages miss a target: ${which.join('; ')}.`;
}

const { strict, runs, routes: requested } = parseArguments(process.argv.slice(2));
ensureBuilt();
mkdirSync(htmlReportDir, { recursive: true });
const routes = requested.length ? requested : prerenderedRoutes(buildDir);
const pages = await auditRoutes(routes, runs);
printTable(pages, runs);
printMisses(pages);
printErroredAudits(pages);
writeReport(pages, runs);
console.log(summary(pages));
console.log(`Figures written to ${reportFile}; full reports in ${htmlReportDir}/.`);
process.exit(strict && pages.some((page) => page.misses.length > 0) ? 1 : 0);
