/**
 * The argument map: the outline as a WAI-ARIA tree driven by keyboard, claim cards with quotes, sources,
 * corrections and timeline links, the party filter shared with the seat chart, and classroom mode.
 * Expectations are read from content/data/arguments.json.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

type Claim = {
	id: string;
	text: string;
	relation: string;
	target: string;
	attributions: { party: string | null; speaker: string }[];
	correction?: unknown;
	events?: string[];
};
const debate = JSON.parse(readFileSync('content/data/arguments.json', 'utf8')) as {
	thesis: { text: string };
	claims: Claim[];
};
const order = ['support', 'attack', 'undercut'];
const topLevel = debate.claims
	.map((c, i) => ({ ...c, i }))
	.filter((c) => c.target === 'thesis')
	.toSorted((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation) || a.i - b.i);
const sideOf = (id: string): 'for' | 'against' => {
	const claim = debate.claims.find((c) => c.id === id)!;
	if (claim.target === 'thesis') return claim.relation === 'support' ? 'for' : 'against';
	const parent = sideOf(claim.target);
	return claim.relation === 'support' ? parent : parent === 'for' ? 'against' : 'for';
};
const tree = (page: Page) => page.getByRole('tree');
const card = (page: Page) =>
	page.locator('.workspace .card, .workspace .inline-card').filter({ visible: true });

test.beforeEach(async ({ page, javaScriptEnabled }) => {
	await page.goto('/debate/');
	// Interaction starts once the page has hydrated (the card hint is replaced only by a running page).
	if (javaScriptEnabled)
		await page.waitForFunction(
			() => document.querySelector('[role="tree"]')?.getAttribute('data-ready') === 'true'
		);
});

test('by keyboard: the tree pattern moves, opens, closes and reads claims', async ({ page }) => {
	await page.getByRole('treeitem', { name: debate.thesis.text }).focus();
	await page.keyboard.press('ArrowDown');
	const first = topLevel[0]!;
	const firstItem = page.getByRole('treeitem', { name: new RegExp(escape(first.text)) });
	await expect(firstItem).toBeFocused();
	await expect(firstItem).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowLeft');
	await expect(firstItem).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('ArrowRight');
	await expect(firstItem).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowRight');
	const child = debate.claims.find((c) => c.target === first.id && c.relation === 'support')!;
	await expect(page.getByRole('treeitem', { name: new RegExp(escape(child.text)) })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(card(page)).toContainText(child.text);
	await expect(card(page).locator('sup.cite a').first()).toHaveAttribute('href', /#source-/);
	await page.keyboard.press('ArrowLeft');
	await expect(firstItem).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(firstItem).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('End');
	await expect(page.getByRole('treeitem', { name: new RegExp(escape(topLevel.at(-1)!.text)) })).toBeFocused();
	await page.keyboard.press('Home');
	await expect(page.getByRole('treeitem', { name: debate.thesis.text })).toBeFocused();
	// One tab stop: Tab leaves the tree.
	await page.keyboard.press('Tab');
	await expect(tree(page).locator(':focus')).toHaveCount(0);
});

test('the claim about election interference shows the correction and links to the timeline', async ({
	page
}) => {
	const corrected = debate.claims.find((c) => c.correction)!;
	await page
		.getByRole('treeitem', { name: new RegExp(escape(corrected.text)) })
		.locator('.text')
		.first()
		.click({ force: true })
		.catch(async () => {
			await page
				.getByRole('treeitem', {
					name: new RegExp(escape(debate.claims.find((c) => c.id === corrected.target)!.text))
				})
				.locator('.twisty')
				.first()
				.click();
			await page
				.getByRole('treeitem', { name: new RegExp(escape(corrected.text)) })
				.locator('.text')
				.first()
				.click();
		});
	await expect(card(page)).toContainText('The English report said:');
	await expect(card(page)).toContainText('far right');
	const link = card(page)
		.getByRole('link', { name: /Vance|security strategy/i })
		.first();
	await expect(link).toHaveAttribute('href', /\/timeline\/#event-/);
});

test('filtering by party fades the claims it never made, and selects its group in the seat chart', async ({
	page
}) => {
	await page.getByLabel('RN', { exact: true }).check();
	const rnClaims = new Set(
		debate.claims.filter((c) => c.attributions.some((a) => a.party === 'rn')).map((c) => c.id)
	);
	const top = topLevel.find((c) => !rnClaims.has(c.id))!;
	await expect(page.getByRole('treeitem', { name: new RegExp(escape(top.text)) })).toHaveClass(/faded/);
	await expect(
		page.getByRole('listbox', { name: /Seats/ }).getByRole('option', { selected: true })
	).toHaveAccessibleName(/\(RN\)/);
	// And the other way: selecting a group in the seat chart filters the arguments.
	await page
		.getByRole('listbox', { name: /Seats/ })
		.getByRole('option', { name: /\(LFI-NFP\)/ })
		.locator('circle')
		.first()
		.click();
	await expect(page.getByLabel('LFI', { exact: true })).toBeChecked();
});

test('classroom mode hides one side until the class reveals it', async ({ page }) => {
	const against = topLevel.filter((c) => sideOf(c.id) === 'against');
	await page.getByLabel('Hide the arguments against leaving').check();
	await expect(page.getByRole('status')).toContainText('claims are hidden');
	await expect(page.getByRole('treeitem', { name: new RegExp(escape(against[0]!.text)) })).toHaveCount(0);
	await expect(
		page.getByRole('treeitem', {
			name: new RegExp(escape(topLevel.find((c) => sideOf(c.id) === 'for')!.text))
		})
	).toBeVisible();
	await page.getByLabel('Show every argument').check();
	await expect(page.getByRole('treeitem', { name: new RegExp(escape(against[0]!.text)) })).toHaveCount(1);
});

test('prints the whole outline, collapsed branches included, without the controls', async ({ page }) => {
	await page.getByRole('treeitem', { name: debate.thesis.text }).focus();
	await page.keyboard.press('ArrowLeft'); // collapse everything under the thesis
	await expect(page.getByRole('treeitem', { name: debate.thesis.text })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('treeitem', { name: new RegExp(escape(topLevel[0]!.text)) })).toBeVisible();
	await expect(page.locator('.controls')).toBeHidden();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every claim is in the prerendered outline', async ({ page }) => {
		await expect(page.getByRole('treeitem')).toHaveCount(debate.claims.length + 1);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 60);
}
