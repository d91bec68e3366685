/**
 * Every prerendered page, at phone and desktop widths (the two Playwright projects): it loads with no
 * console error and no failed request, asks nothing of any other host, and axe finds no violation in
 * the light or the dark theme.
 */
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

		for (const colorScheme of ['light', 'dark'] as const)
			test(`has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
				// A full axe run over a long page (the sources list, the story): slow on a busy two-core machine.
				test.setTimeout(90_000);
				await page.emulateMedia({ colorScheme });
				await page.goto(route, { waitUntil: 'networkidle' });
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				const summary = results.violations.map(
					(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
				);
				expect(summary).toEqual([]);
			});

		test('fits the narrowest phone (320px) without sideways scrolling', async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(route);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	});
}

test('sets the page language and a description for search engines and link previews', async ({ page }) => {
	for (const route of routes) {
		await page.goto(route);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
		await expect(page).toHaveTitle(/France and NATO/);
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
