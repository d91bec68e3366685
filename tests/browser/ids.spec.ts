/**
 * No page or embed repeats an id: a repeated id makes the HTML invalid and sends `aria-activedescendant`, labels
 * and `#fragment` links to whichever copy comes first, which may sit in a hidden figure.
 */
import { expect, test } from '@playwright/test';
import { prerenderedRoutes } from '../../scripts/routes';

const routes = prerenderedRoutes('build');

test('every page and embed has each id once, as served and once its scripts have run', async ({ page }) => {
	test.setTimeout(120_000);
	expect(routes).toEqual(expect.arrayContaining(['/', '/timeline/', '/embed/v1/timeline/']));
	const repeated: string[] = [];
	for (const route of routes) {
		const response = await page.goto(route);
		const served = await response!.text();
		const ids = [...served.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
		const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
		if (twice.length) repeated.push(`${route} as served: ${twice.join(', ')}`);
		await page.waitForLoadState('networkidle');
		const live = await page.evaluate(() => {
			const all = [...document.querySelectorAll('[id]')].map((el) => el.id);
			return [...new Set(all.filter((id, i) => all.indexOf(id) !== i))];
		});
		if (live.length) repeated.push(`${route} live: ${live.join(', ')}`);
	}
	expect(repeated).toEqual([]);
});
