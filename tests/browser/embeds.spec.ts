/**
 * The embeds inside other sites' pages: the real Pym.js parent from npm and Datawrapper's responsive snippet
 * size the iframe to its content, and options in the address apply or fall back with a notice.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { assembly, englishDate } from './assemblyData';

const pymSource = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
// Datawrapper's responsive embed snippet, as its embed code carries it.
const datawrapperSnippet = `!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();`;
const charts = ['seats', 'timeline', 'positions', 'arguments', 'ballots'];

let hostPage = '';
let host: Server;
let hostOrigin = '';

// Another site on the same machine: a real server on another port (another origin), serving the page under
// test and Pym.js. (Chromium lets a loopback page frame a loopback page; a page it cannot place would be blocked.)
test.beforeAll(async () => {
	host = createServer((request, response) => {
		const isPym = request.url === '/pym.js';
		response.writeHead(200, { 'content-type': isPym ? 'text/javascript' : 'text/html' });
		response.end(
			isPym
				? pymSource
				: `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0">${hostPage}</body></html>`
		);
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => host.close());

/** Opens `body` as a page of the other site, with Pym.js at /pym.js. */
async function openHost(page: Page, body: string) {
	hostPage = body;
	await page.goto(`${hostOrigin}/story.html`);
}

/** The height of the embed's content, measured inside the iframe. */
const contentHeight = (page: Page) =>
	page
		.frameLocator('iframe')
		.locator('body')
		.evaluate((body) => Math.ceil(body.getBoundingClientRect().height));

for (const chart of charts)
	test(`${chart}: the Pym.js parent sizes the iframe to the embed, and again when the width changes`, async ({
		page,
		baseURL
	}) => {
		await openHost(
			page,
			`<h1>A host story</h1><div id="nato-${chart}"></div><script src="/pym.js"></script>
			<script>new pym.Parent('nato-${chart}', '${baseURL}/embed/v1/${chart}/', {});</script><p>After the chart.</p>`
		);
		const iframe = page.locator('iframe');
		await expect(iframe).toHaveAttribute(
			'src',
			new RegExp(`/embed/v1/${chart}/\\?initialWidth=\\d+&childId=nato-${chart}`)
		);
		await expect(page.frameLocator('iframe').locator('h1')).toBeVisible();
		await expect
			.poll(
				async () =>
					Number((await iframe.getAttribute('height'))?.replace('px', '')) - (await contentHeight(page))
			)
			.toBe(0);
		const before = await contentHeight(page);
		const { width } = page.viewportSize()!;
		await page.setViewportSize({ width: width > 600 ? 320 : 900, height: 700 });
		await expect.poll(() => contentHeight(page)).not.toBe(before);
		await expect
			.poll(
				async () =>
					Number((await iframe.getAttribute('height'))?.replace('px', '')) - (await contentHeight(page))
			)
			.toBe(0);
	});

test('Datawrapper’s responsive snippet sizes the iframe to the embed', async ({ page, baseURL }) => {
	await openHost(
		page,
		`<iframe src="${baseURL}/embed/v1/seats/" style="width:100%;border:0" scrolling="no" title="Seats"></iframe>
		<script>${datawrapperSnippet}</script>`
	);
	const iframe = page.locator('iframe');
	await expect(page.frameLocator('iframe').locator('h1')).toBeVisible();
	await expect
		.poll(
			async () =>
				(await iframe.evaluate((el) => el.getBoundingClientRect().height)) - (await contentHeight(page))
		)
		.toBe(0);
});

test('options in the address apply: the data table opens, groups are picked out', async ({ page }) => {
	await page.goto('/embed/v1/seats/?table=show&highlight=RN,UDR');
	await expect(page.locator('details.table')).toHaveAttribute('open', '');
	await expect(page.locator('[data-group="RN"]')).not.toHaveClass(/dimmed/);
	await expect(page.locator('[data-group="LFI-NFP"]')).toHaveClass(/dimmed/);
	await expect(page.locator('[data-embed-notice]')).toBeHidden();
});

test('the theme option forces light or dark, whatever the reader’s setting', async ({ page }) => {
	const background = () => page.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/embed/v1/timeline/?theme=dark');
	expect(await background()).toBe('rgb(21, 23, 26)');
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/embed/v1/timeline/?theme=light');
	expect(await background()).toBe('rgb(252, 251, 248)');
	await page.goto('/embed/v1/timeline/?theme=sepia');
	expect(await background()).toBe('rgb(21, 23, 26)');
	await expect(page.locator('[data-embed-notice]')).toContainText('“theme” does not accept “sepia”');
});

test('a bad option shows a short notice as text and falls back to the default', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await page.goto('/embed/v1/seats/?table=<img src=x onerror=alert(1)>&highlight=RN,NOPE&lang=xx');
	const notice = page.locator('[data-embed-notice]');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('“table” does not accept “<img src=x onerror=alert(1)>”');
	await expect(notice).toContainText('“highlight” does not accept “NOPE”');
	// Only languages the site is written in: the rest fall back to English, which the page says it is in.
	await expect(notice).toContainText('“lang” does not accept “xx”');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(notice.locator('img')).toHaveCount(0);
	expect(dialogs).toBe(0);
	// Defaults: the table stays closed; the known group is still picked out.
	await expect(page.locator('details.table')).not.toHaveAttribute('open', '');
	await expect(page.locator('[data-group="RN"]')).not.toHaveClass(/dimmed/);
	await expect(page.locator('[data-group="SOC"]')).toHaveClass(/dimmed/);
});

test('a notice stays short: each value cut, repeats merged, at most five values and how many more', async ({
	page
}) => {
	const repeated = Array(2000).fill('x').join(',');
	const distinct = Array.from({ length: 1500 }, (_, i) => `bad-${i}`).join(',');
	for (const [highlight, expected] of [
		[
			repeated,
			/^The embed option “theme” does not accept “y{39}…”: showing the default\. The embed option “highlight” does not accept “x”: showing the default\.$/
		],
		[distinct, /“highlight” does not accept “bad-3”.*1,?496 more/]
	] as const) {
		await page.goto(`/embed/v1/seats/?theme=${'y'.repeat(300)}&highlight=${highlight}`);
		const notice = page.locator('[data-embed-notice]');
		await expect(notice).toHaveText(expected);
		expect((await notice.textContent())!.length).toBeLessThan(800);
		expect((await page.locator('.chart').boundingBox())!.y).toBeLessThan(600);
	}
});

test('a notice shows the values as given, even with $ patterns in them', async ({ page }) => {
	await page.goto("/embed/v1/seats/?theme=$'&table=$%26&lang=$%60");
	await expect(page.locator('[data-embed-notice]')).toHaveText(
		"The embed option “lang” does not accept “$`”: showing the default. The embed option “theme” does not accept “$'”: showing the default. The embed option “table” does not accept “$&”: showing the default."
	);
});

test('an embed has no site chrome, names its source and date, and links back', async ({ page }) => {
	for (const chart of charts) {
		await page.goto(`/embed/v1/${chart}/`);
		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('footer')).toContainText(/Data as of \d{1,2} \w+ \d{4}\./);
		await expect(page.locator('footer')).toContainText('graphics team');
		await expect(page.getByRole('link', { name: 'Explore the full chart' })).toHaveAttribute(
			'target',
			'_blank'
		);
		await expect(page.getByRole('link', { name: 'Read the story' })).toHaveAttribute(
			'href',
			/^(\.\.\/)+$|^\/$/
		);
	}
});

for (const chart of ['seats', 'ballots'])
	test(`"Embed this chart" under the ${chart} chart builds the code for the chosen options, previews it and copies it`, async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/seats/');
		await page.locator('article[data-ready="true"]').waitFor();
		// The seats page has one panel under each of its two charts.
		const panel = page.locator(`.reuse[data-chart="${chart}"]`);
		await panel.getByText('Embed this chart').click();
		await panel.getByLabel('Theme').selectOption('dark');
		await panel.getByLabel('Open the data table').check();
		const code = panel.getByLabel('Code to paste');
		await expect(code).toHaveValue(
			new RegExp(`^<iframe src="${baseURL}/embed/v1/${chart}/\\?theme=dark&amp;table=show"`)
		);
		const preview = panel.locator('iframe.preview');
		await expect(preview).toHaveAttribute('src', `/embed/v1/${chart}/?theme=dark&table=show`);
		// The preview takes the embed's own height, reported in Datawrapper's format.
		await expect
			.poll(async () =>
				Math.abs(
					(await preview.evaluate((el) => el.getBoundingClientRect().height)) -
						(await page
							.frameLocator(`.reuse[data-chart="${chart}"] iframe.preview`)
							.locator('body')
							.evaluate((body) => body.getBoundingClientRect().height))
				)
			)
			.toBeLessThan(2);
		await panel.getByRole('combobox', { name: /^Kind of code/ }).selectOption('pym');
		await expect(code).toHaveValue(
			new RegExp(
				`new pym\\.Parent\\("nato-${chart}", "${baseURL}/embed/v1/${chart}/\\?theme=dark&table=show"`
			)
		);
		await panel.getByRole('button', { name: 'Copy the code' }).click();
		await expect(panel.getByText('Copied.')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
	});

test('“Embed this chart” opened before the page’s JavaScript has run loads its builder once it runs', async ({
	page
}) => {
	// Hold the app's entry back, as a slow phone network would, and open the panel in the meantime.
	let release = () => {};
	const held = new Promise<void>((done) => (release = done));
	// The page's JavaScript: SvelteKit's app entry, or the page's islands.
	await page.route(/\/_app\/(immutable\/entry\/app\.[^/]+|islands\/[^/]+)\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	// Module scripts hold DOMContentLoaded back: wait for the panel's markup instead.
	await page.goto('/positions/', { waitUntil: 'commit' });
	const panel = page.locator('.reuse[data-chart="positions"]');
	await panel.getByText('Embed this chart').waitFor();
	await panel.getByText('Embed this chart').click();
	await expect(panel.locator('details.embed')).toHaveAttribute('open', '');
	release();
	await page.locator('article[data-ready="true"]').waitFor();
	await expect(panel.getByLabel('Code to paste')).toHaveValue(/^<iframe src="[^"]+\/embed\/v1\/positions\/"/);
});

test('the ballot embed draws the closest precedent and every ballot, with no app JavaScript', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/embed/v1/ballots/?table=show');
	const { resolutions, precedent, newestBallot } = assembly;
	const drawn = resolutions.find((b) => b.number === precedent)!;
	// Static: every ballot's row, the precedent chosen and drawn on the hemicycle, nothing to choose.
	await expect(page.locator('.chart [data-ballot]')).toHaveCount(resolutions.length);
	await expect(page.locator('.chart .row.selected')).toHaveAttribute('data-ballot', String(precedent));
	await expect(page.locator('.chart .centre .big')).toHaveText(`${drawn.totals.for}–${drawn.totals.against}`);
	await expect(page.locator('main > .chart')).toHaveAttribute('inert', '');
	// The drawn ballot group by group, its record, the data table of every ballot, "as of" the newest ballot read.
	const groups = page.getByRole('table', { name: `How each group voted on ballot n° ${precedent}` });
	await expect(groups.locator('tbody tr')).toHaveCount(drawn.groups.length);
	await expect(
		page.getByRole('link', { name: `The Assembly's record of ballot n° ${precedent}` })
	).toHaveAttribute('href', drawn.sourceUrl);
	await expect(page.locator('details.table')).toHaveAttribute('open', '');
	await expect(page.locator('details.table tbody tr')).toHaveCount(resolutions.length);
	await expect(page.locator('footer')).toContainText(`Data as of ${englishDate(newestBallot.date)}.`);
	await expect(page.locator('footer').getByRole('link', { name: 'Explore the full chart' })).toHaveAttribute(
		'href',
		/^(\.\.\/)+seats\/#resolution-ballots$|^\/seats\/#resolution-ballots$/
	);
	expect(scripts).toEqual([]);
});

for (const theme of ['light', 'dark'])
	test(`the ballot embed with its tables open has no accessibility violations (${theme})`, async ({
		page
	}) => {
		await page.goto(`/embed/v1/ballots/?table=show&theme=${theme}`);
		await expect(page.locator('details.table')).toHaveAttribute('open', '');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
