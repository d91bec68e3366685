/**
 * Records a Chromium performance trace while scrolling the whole story on a phone profile (390×844, touch,
 * CPU slowed 4× as in Lighthouse's mobile profile) with real touch swipes, then reports the main thread's long tasks (over 50 ms) during the scroll, the busiest
 * main thread's load, and how many step changes the engine made. The trace is saved for DevTools'
 * Performance panel in `reports/story-scroll-trace.json`. Run `npm run build` first.
 *
 * Usage: tsx scripts/scrollTrace.ts [--cpu 4] [--route /]  (npm run trace)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';
import { serveStatic } from './serveStatic';
import { formatTable } from './textTable';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const cpu = Number(option('--cpu', '4'));
const route = option('--route', '/');
const port = 4177;
const longTask = 50;

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

await mkdir('reports', { recursive: true });
const server = await serveStatic('build', port);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 3,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: 'networkidle' });
	await page.evaluate(`window.stepChanges = 0;
		new MutationObserver((records) => {
			for (const r of records) if (r.oldValue === null && r.target.hasAttribute('data-step')) window.stepChanges++;
		}).observe(document.body, { subtree: true, attributeFilter: ['data-active'], attributeOldValue: true });`);

	await browser.startTracing(page, {
		categories: [
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'toplevel',
			'blink.user_timing'
		]
	});
	// Scroll the whole page as a reader does on a phone: swipes of 1,600 px at 1,600 px/s, synthesised by
	// Chromium as real input for the compositor (its default source on a touch device), from top to bottom.
	const started = Date.now();
	let swipes = 0;
	const atBottom = () =>
		page.evaluate(
			'window.scrollY + innerHeight >= document.documentElement.scrollHeight - 2'
		) as Promise<boolean>;
	while (!(await atBottom()) && swipes < 100) {
		await cdp.send('Input.synthesizeScrollGesture', {
			x: 195,
			y: 700,
			yDistance: -1600,
			speed: 1600,
			gestureSourceType: 'default'
		});
		swipes++;
	}
	const scrolled = {
		px: (await page.evaluate('window.scrollY')) as number,
		ms: Date.now() - started,
		swipes
	};
	const trace = await browser.stopTracing();
	await writeFile('reports/story-scroll-trace.json', trace);
	const stepChanges = (await page.evaluate('window.stepChanges')) as number;

	const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
	const mainThread = traceEvents.find(
		(e) =>
			e.name === 'thread_name' &&
			e.args?.name === 'CrRendererMain' &&
			traceEvents.some((t) => t.pid === e.pid && t.name === 'RunTask')
	);
	const tasks = traceEvents.filter(
		(e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === mainThread?.pid && e.tid === mainThread?.tid
	);
	const durations = tasks.map((t) => (t.dur ?? 0) / 1000).sort((a, b) => b - a);
	const long = durations.filter((d) => d > longTask);
	const busy = durations.reduce((sum, d) => sum + d, 0);

	console.log(`Scrolled ${route} top to bottom on a phone profile (390×844, CPU ${cpu}× slower).\n`);
	console.log(
		formatTable(
			['Figure', 'Value'],
			[
				[
					'Distance scrolled',
					`${Math.round(scrolled.px).toLocaleString('en')} px in ${scrolled.swipes} swipes`
				],
				['Time', `${(scrolled.ms / 1000).toFixed(1)} s`],
				['Step changes', String(stepChanges)],
				['Main-thread tasks', String(tasks.length)],
				['Main thread busy', `${Math.round(busy)} ms (${((busy / scrolled.ms) * 100).toFixed(1)}%)`],
				['Longest task', `${(durations[0] ?? 0).toFixed(1)} ms`],
				[`Long tasks (> ${longTask} ms)`, String(long.length)]
			]
		)
	);
	if (long.length) console.log(`\nLong tasks (ms): ${long.map((d) => d.toFixed(0)).join(', ')}`);
	console.log(
		'\nTrace written to reports/story-scroll-trace.json (open it in the DevTools Performance panel).'
	);
	process.exitCode = long.length ? 1 : 0;
} finally {
	await browser.close();
	server.close();
}
