/**
 * Every prerendered page, at phone and desktop widths (the two Playwright projects): it loads with no
 * console error and no failed request, asks nothing of any other host, and axe finds no violation in
 * the light or the dark theme.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { prerenderedRoutes } from '../../scripts/routes';

const routes = prerenderedRoutes('build');

test('the build has the pages the site links to', () => {
	expect(routes).toEqual(expect.arrayContaining(['/', '/methodology/', '/sources/']));
});

for (const route of routes) {
	test.describe(`page ${route}`, () => {
		test('loads with no console error, no failed request and no third-party request', async ({
			page,
			baseURL
		}) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warning')
					problems.push(`console ${message.type()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('requestfailed', (request) =>
				problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`)
			);
			page.on('request', (request) => {
				if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:'))
					problems.push(`third-party request: ${request.url()}`);
			});
			page.on('response', (response) => {
				if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
			});
			const response = await page.goto(route, { waitUntil: 'networkidle' });
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toHaveCount(1);
			expect(problems).toEqual([]);
		});

		test('has no axe violations in the light theme or the dark', async ({ page }) => {
			// Two full axe runs over a long page (the sources list, the story): slow on a busy two-core machine.
			// One load: the theme follows prefers-color-scheme, switched in place.
			test.setTimeout(180_000);
			await page.goto(route, { waitUntil: 'networkidle' });
			const textColours: string[] = [];
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				textColours.push(await page.evaluate(() => getComputedStyle(document.body).color));
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				const summary = results.violations.map(
					(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
				);
				expect(summary, colorScheme).toEqual([]);
			}
			// The page did change theme in place.
			expect(textColours[0]).not.toBe(textColours[1]);
		});

		test('fits the narrowest phone (320px) without sideways scrolling', async ({ page, isMobile }) => {
			test.skip(!isMobile, 'the same 320 px check on either project: once is enough');
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(route);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	});
}

test('sets the page language and a description for search engines and link previews', async ({
	page,
	isMobile
}) => {
	test.skip(isMobile, 'the head is the same at any width: checked once, on desktop');
	for (const route of routes) {
		await page.goto(route);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
		await expect(page).toHaveTitle(/France and NATO/);
	}
});

test('every page has a canonical address and a link preview whose image is served as a PNG of the size it announces', async ({
	page,
	request,
	isMobile
}) => {
	test.skip(isMobile, 'the head is the same at any width: checked once, on desktop');
	const checked = new Map<string, string>();
	for (const route of routes.filter((r) => !r.startsWith('/embed/'))) {
		await page.goto(route);
		const meta = (selector: string) => page.locator(selector).getAttribute('content');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(new URL(canonical!).pathname, route).toBe(route);
		expect(await meta('meta[property="og:url"]')).toBe(canonical);
		expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		const image = (await meta('meta[property="og:image"]'))!;
		expect(await meta('meta[name="twitter:image"]')).toBe(image);
		const width = Number(await meta('meta[property="og:image:width"]'));
		const height = Number(await meta('meta[property="og:image:height"]'));
		expect(width / height).toBeCloseTo(1.91, 1);
		// The PNG's own header (IHDR) gives its size: it must be the size the page announces.
		const path = new URL(image).pathname;
		if (!checked.has(path)) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['content-type']).toBe('image/png');
			const png = await response.body();
			expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([width, height]);
			checked.set(path, route);
		}
	}
	// Each chart page previews with its own chart.
	expect([...checked.keys()]).toEqual(
		expect.arrayContaining([
			'/share/v1/seats.png',
			'/share/v1/timeline.png',
			'/share/v1/positions.png',
			'/share/v1/debate.png'
		])
	);
});

test('the Share button in a page’s header copies the page’s address, with what the reader has reached in it', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// The story ships no app JavaScript: the button works all the same. At its top, where the header is, the
	// address holds no step (further down it follows the reader's step).
	await page.goto('/?from=share-test');
	const address = page.url();
	const share = page.locator('.article-header').getByRole('button', { name: 'Share' });
	await expect(share).toBeVisible();
	await share.click();
	await expect(page.locator('.article-header').getByRole('status')).toHaveText('Link copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
});

test('without JavaScript the Share button keeps its place but is not shown or reachable', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/seats/');
	await expect(page.locator('.article-header button[data-share]')).toBeHidden();
	await context.close();
});

test('the navigation marks the page the reader is on, on every page it lists', async ({ page }) => {
	const listed = ['/', '/timeline/', '/seats/', '/positions/', '/debate/', '/methodology/', '/sources/'];
	for (const route of listed) {
		await page.goto(route);
		const marked = page.getByRole('navigation', { name: 'Main' }).locator('a[aria-current="page"]');
		// One copy of the list is shown: the row on wide screens, the menu on phones.
		await expect(marked).toHaveCount(2);
		for (const link of await marked.all())
			expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(route);
	}
});

test('on a phone the header is one line with a Menu button that opens the site’s pages, by keyboard and without JavaScript', async ({
	browser
}) => {
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled });
		const page = await context.newPage();
		await page.goto('/seats/');
		const header = (await page.locator('.site-header').boundingBox())!;
		expect(header.height).toBeLessThan(80);
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav.getByRole('link', { name: 'Where parties stand' })).toBeHidden();
		const menu = nav.getByText('Menu', { exact: true });
		await menu.focus();
		await page.keyboard.press('Enter');
		await expect(nav.getByRole('link', { name: 'Where parties stand' })).toBeVisible();
		await expect(nav.locator('a[aria-current="page"]:visible')).toHaveText('Could it pass?');
		await nav.getByRole('link', { name: 'Where parties stand' }).click();
		await expect(page).toHaveURL(/\/positions\/$/);
		// The page reached through the menu opens with the menu closed.
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' })
		).toBeHidden();
		await context.close();
	}
});

test('an address with no page gets the site’s own 404 page, with its styles, its navigation and links to every page', async ({
	page
}) => {
	const response = await page.goto('/no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeAttached();
	await expect(page.locator('main').getByRole('link', { name: 'Could it pass?' })).toHaveAttribute(
		'href',
		'/seats/'
	);
	// Its styles load from any depth: the headline is set in the site's serif, not the browser's default.
	expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toContain('Source Serif');
});

test('another site may frame an embed but not a page of the site, as _headers says (the preview server applies it)', async ({
	page,
	baseURL
}) => {
	await page.route('http://host.example/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<iframe name="page" src="${baseURL}/seats/"></iframe><iframe name="embed" src="${baseURL}/embed/v1/seats/"></iframe><iframe name="missing" src="${baseURL}/no/such/page/"></iframe><iframe name="story" src="${baseURL}/index.html"></iframe><iframe name="notFound" src="${baseURL}/404.html"></iframe>`
		})
	);
	await page.goto('http://host.example/');
	const frame = (name: string) => page.frame({ name })!;
	await expect
		.poll(() => frame('embed').evaluate(() => document.querySelector('h2, h1')?.textContent ?? ''))
		.not.toBe('');
	// A refused frame is left with the browser's error page, not the site's.
	await expect.poll(() => frame('page').url()).toMatch(/^chrome-error:/);
	await expect.poll(() => frame('missing').url()).toMatch(/^chrome-error:/);
	await expect.poll(() => frame('story').url()).toMatch(/^chrome-error:/);
	await expect.poll(() => frame('notFound').url()).toMatch(/^chrome-error:/);
});

test('another site’s script may read the data downloads, the oEmbed answers and the fonts, as _headers says', async ({
	page,
	baseURL
}) => {
	await page.goto(baseURL!);
	const css = await page.evaluate(() =>
		[...document.styleSheets]
			.flatMap((sheet) => [...sheet.cssRules])
			.map((rule) => rule.cssText)
			.join('\n')
	);
	const fontFile = /url\("?([^")]+\.woff2)"?\)/.exec(css)![1]!;
	// A page of another origin, served from this machine (Chromium keeps a page that is not from a local server
	// from reading one at all).
	const other = createServer((_request, response) =>
		response
			.writeHead(200, { 'content-type': 'text/html' })
			.end('<!doctype html><title>A newsroom page</title>')
	);
	await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
	try {
		await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
		const read = (path: string) =>
			page.evaluate(
				(url) =>
					fetch(url).then(
						(response) => response.status,
						(error: Error) => error.message
					),
				new URL(path, baseURL).href
			);
		for (const path of ['/data/v1/seats.json', '/data/v1/seats.csv', '/oembed/v1/seats.json', fontFile])
			expect(await read(path), path).toBe(200);
		// A page of the site is not for other sites' scripts.
		expect(await read('/seats/')).toMatch(/fetch/i);
	} finally {
		other.close();
	}
});

test('uses its own self-hosted fonts for text and labels', async ({ page }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	const loaded = await page.evaluate(async () => {
		await document.fonts.ready;
		return {
			serif: document.fonts.check('1em "Source Serif 4"'),
			sans: document.fonts.check('1em Inter'),
			families: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family)
		};
	});
	expect(loaded.families).toEqual(
		expect.arrayContaining(
			['"Source Serif 4"', 'Inter'].map((f) => expect.stringContaining(f.replace(/"/g, '')))
		)
	);
	expect(loaded.serif && loaded.sans).toBe(true);
});

test('the sources page says in words which sources are copies or weak, and which give no date', async ({
	page
}) => {
	await page.goto('/sources/');
	await expect(page.locator('.intro').nth(1)).toContainText('“Copy”');
	const mirror = page.locator('#source-enacademic-north-atlantic-treaty');
	await expect(mirror.locator('.weak .label')).toHaveText('Weak');
	await expect(mirror.locator('.copy')).toContainText('Copy A mirror of a page by Wikipedia');
	const republished = page.locator('#source-wapo-vance-munich-2025-02-14');
	await expect(republished.locator('.copy')).toContainText(
		'Republished from The Washington Post (the original).'
	);
	await expect(republished.locator('.copy a')).toHaveAttribute(
		'href',
		/^https:\/\/www\.washingtonpost\.com\//
	);
	await expect(republished.locator('.weak')).toHaveCount(0);
	const undated = page.locator('#source-prospect-leaving-the-club');
	await expect(undated.locator('dd').first()).toHaveText('n.d.');
	await expect(undated.locator('time')).toHaveCount(1);
});
