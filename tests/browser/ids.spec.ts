/**
 * No page or embed repeats an id: a repeated id makes the HTML invalid and sends `aria-activedescendant`, labels
 * and `#fragment` links to whichever copy comes first, which may sit in a hidden figure. Nor does a radio group
 * reach across two fieldsets: radios with one `name` are one group wherever they are on the page, so two copies
 * of a chart with its own choices would share one. Every prerendered route is checked, as served and once every
 * island on it has hydrated, those that wait to be near the screen included.
 */
import { expect, test, type Page } from '@playwright/test';
import { prerenderedRoutes } from '../../scripts/routes';

const routes = prerenderedRoutes('build');

/** The ids used more than once in markup. */
function repeatedInMarkup(html: string): string[] {
	const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
	return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** The ids used more than once in the live page, and the radio names used in more than one fieldset. */
const repeatedInPage = (page: Page) =>
	page.evaluate(() => {
		const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
		const fieldsets = new Map<string, Set<Element | null>>();
		for (const radio of document.querySelectorAll<HTMLInputElement>('input[type="radio"][name]')) {
			const sets = fieldsets.get(radio.name) ?? new Set();
			fieldsets.set(radio.name, sets.add(radio.closest('fieldset')));
		}
		return [
			...new Set(ids.filter((id, i) => ids.indexOf(id) !== i)),
			...[...fieldsets].filter(([, sets]) => sets.size > 1).map(([name]) => `radio name ${name}`)
		];
	});

/** Reaches into every island that hydrates near the screen, as a reader's focus does, and waits until every island has hydrated. */
async function hydrateAll(page: Page): Promise<void> {
	await page.evaluate(() => {
		for (const island of document.querySelectorAll('[data-island][data-hydration="visible"]'))
			island.dispatchEvent(new FocusEvent('focusin'));
	});
	await expect(page.locator('[data-island]:not([data-hydrated])')).toHaveCount(0);
	await page.waitForLoadState('networkidle');
}

test('the check can fail: it finds an id used twice, and a radio group across two fieldsets', async ({
	page
}) => {
	const twice = '<p id="a"></p><p id="b"></p><svg><g id="a"></g></svg>';
	expect(repeatedInMarkup(twice)).toEqual(['a']);
	await page.setContent(
		`${twice}<fieldset><input type="radio" name="axis"></fieldset><fieldset><input type="radio" name="axis"></fieldset>` +
			'<fieldset><input type="radio" name="one"><input type="radio" name="one"></fieldset>'
	);
	expect(await repeatedInPage(page)).toEqual(['a', 'radio name axis']);
});

test('every page and embed has each id once, as served and once its scripts have run', async ({ page }) => {
	test.setTimeout(180_000);
	expect(routes).toEqual(
		expect.arrayContaining(['/', '/seats/', '/positions/', '/timeline/', '/embed/v1/positions/'])
	);
	expect(routes.filter((route) => route.startsWith('/embed/')).length).toBeGreaterThanOrEqual(5);
	const repeated: string[] = [];
	for (const route of routes) {
		const response = await page.goto(route);
		const twice = repeatedInMarkup(await response!.text());
		if (twice.length) repeated.push(`${route} as served: ${twice.join(', ')}`);
		await hydrateAll(page);
		const live = await repeatedInPage(page);
		if (live.length) repeated.push(`${route} live: ${live.join(', ')}`);
	}
	expect(repeated).toEqual([]);
});
