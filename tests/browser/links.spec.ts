/** Every internal link on every page resolves to a page, and every #fragment to an element on it. */
import { expect, test } from '@playwright/test';
import { prerenderedRoutes } from '../../scripts/routes';

test('every internal link and fragment resolves', async ({ page, request, baseURL }, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'links do not depend on the viewport');
	const links = new Map<string, string>(); // target -> first page that links to it
	for (const route of prerenderedRoutes('build')) {
		await page.goto(route);
		const hrefs = await page.$$eval('a[href]', (anchors) =>
			anchors.map((a) => (a as HTMLAnchorElement).href)
		);
		for (const href of hrefs) if (href.startsWith(baseURL!) && !links.has(href)) links.set(href, route);
	}
	expect(links.size).toBeGreaterThan(10);

	const broken: string[] = [];
	for (const [href, from] of links) {
		const url = new URL(href);
		const response = await request.get(url.pathname + url.search, { maxRedirects: 0 });
		if (response.status() !== 200) {
			broken.push(`${from} → ${href}: HTTP ${response.status()}`);
			continue;
		}
		if (url.hash) {
			await page.goto(url.pathname);
			const id = decodeURIComponent(url.hash.slice(1));
			if ((await page.locator(`[id="${id}"]`).count()) !== 1)
				broken.push(`${from} → ${href}: no element with id "${id}"`);
		}
	}
	expect(broken).toEqual([]);
});
