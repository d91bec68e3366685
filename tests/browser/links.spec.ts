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

	// The ids each target page holds, read once per page from the prerendered HTML.
	const idsByPage = new Map<string, Set<string> | number>();
	const idsOf = async (path: string) => {
		if (!idsByPage.has(path)) {
			const response = await request.get(path, { maxRedirects: 0 });
			const html = await response.text();
			idsByPage.set(
				path,
				response.status() === 200
					? new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))
					: response.status()
			);
		}
		return idsByPage.get(path)!;
	};

	const broken: string[] = [];
	for (const [href, from] of links) {
		const url = new URL(href);
		const ids = await idsOf(url.pathname + url.search);
		if (typeof ids === 'number') broken.push(`${from} → ${href}: HTTP ${ids}`);
		else if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1))))
			broken.push(`${from} → ${href}: no element with id "${decodeURIComponent(url.hash.slice(1))}"`);
	}
	expect(broken).toEqual([]);
});
