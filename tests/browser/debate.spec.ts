/**
 * The argument map: the outline as a WAI-ARIA tree driven by keyboard, claim cards with quotes, sources,
 * corrections and timeline links, the party filter shared with the seat chart (with its count, its jumps and
 * Escape), classroom mode revealing a claim or a branch at a time, the view in the address, the map's key,
 * the first screen, a page without console errors, and the printed handout.
 * Expectations are read from content/data/arguments.json.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
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
const card = (page: Page) => page.locator('.debate .card, .debate .inline-card').filter({ visible: true });
/** Claims in the order of the outline: each claim followed by its replies, supports, attacks, undercuts. */
const documentOrder = (target = 'thesis'): Claim[] =>
	debate.claims
		.map((c, i) => ({ ...c, i }))
		.filter((c) => c.target === target)
		.toSorted((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation) || a.i - b.i)
		.flatMap((c) => [c, ...documentOrder(c.id)]);
/** The claims hidden when a side is: those of the side and everything below them. */
const hiddenWith = (side: 'for' | 'against') => {
	const hidden = new Set<string>();
	for (const c of documentOrder()) if (sideOf(c.id) === side || hidden.has(c.target)) hidden.add(c.id);
	return documentOrder().filter((c) => hidden.has(c.id));
};
const item = (page: Page, text: string) => page.getByRole('treeitem', { name: new RegExp(escape(text)) });
const ready = (page: Page) =>
	page.waitForFunction(() => document.querySelector('[role="tree"]')?.getAttribute('data-ready') === 'true');

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

test('the claim panel lists its timeline events one a line', async ({ page }) => {
	const withEvents = documentOrder().find((c) => (c.events?.length ?? 0) >= 2)!;
	await item(page, withEvents.text).locator('.text').first().click();
	const links = card(page).locator('.events li a');
	await expect(links).toHaveCount(withEvents.events!.length);
	const tops = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().top));
	for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeGreaterThan(tops[i - 1]! + 5);
});

test('filtering by party counts its claims, goes to each by keyboard, and Escape clears it', async ({
	page
}) => {
	const rnClaims = documentOrder().filter((c) => c.attributions.some((a) => a.party === 'rn'));
	const who = page.getByLabel('Who argues');
	await who.focus();
	await who.selectOption('RN');
	const count = page.getByRole('status').filter({ hasText: /^RN:/ });
	await expect(count).toHaveText(`RN: ${rnClaims.length} claims`);
	await expect(page).toHaveURL(/[?&]who=RN/);
	const top = topLevel.find((c) => !rnClaims.some((r) => r.id === c.id))!;
	await expect(item(page, top.text)).toHaveClass(/faded/);
	await expect(
		page.getByRole('listbox', { name: /Seats/ }).getByRole('option', { selected: true })
	).toHaveAccessibleName(/\(RN\)/);

	// Jump to the first claim, then the next: each is focused in the tree and opened.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Go to the first' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(item(page, rnClaims[0]!.text)).toBeFocused();
	await expect(card(page)).toContainText(rnClaims[0]!.text);
	await page.getByRole('button', { name: `Go to the next (2 of ${rnClaims.length})` }).focus();
	await page.keyboard.press('Enter');
	await expect(item(page, rnClaims[1]!.text)).toBeFocused();
	await expect(card(page)).toContainText(rnClaims[1]!.text);

	// Escape clears the filter and the claim panel.
	await page.keyboard.press('Escape');
	await expect(who).toHaveValue('');
	await expect(count).toHaveCount(0);
	await expect(page.locator('.debate .inline-card')).toHaveCount(0);
	await expect(page.locator('.debate .card')).not.toContainText(rnClaims[1]!.text);
	await expect(page.locator('.faded')).toHaveCount(0);
	await expect(page).not.toHaveURL(/who=/);

	// And the other way: selecting a group in the seat chart filters the arguments.
	await page
		.getByRole('listbox', { name: /Seats/ })
		.getByRole('option', { name: /\(LFI-NFP\)/ })
		.locator('circle')
		.first()
		.click();
	await expect(who).toHaveValue('LFI-NFP');
	await expect(page.getByRole('status').filter({ hasText: /^LFI:/ })).toBeVisible();
});

test('classroom mode hides one side, reveals it a claim or a branch at a time, and keeps it in the address', async ({
	page,
	browser,
	baseURL
}) => {
	const hidden = hiddenWith('against');
	const status = page.locator('.still-hidden');
	await page.getByLabel('Classroom: hide a side').selectOption({ label: 'Against leaving' });
	await expect(page.getByText(`${hidden.length} claims are hidden`)).toBeVisible();
	await expect(status).toHaveAttribute('role', 'status');
	await expect(status).toHaveText(`${hidden.length} of ${hidden.length} claims still hidden.`);
	await expect(item(page, hidden[0]!.text)).toHaveCount(0);
	await expect(item(page, topLevel.find((c) => sideOf(c.id) === 'for')!.text)).toBeVisible();

	// One claim, by keyboard.
	await page.getByRole('button', { name: 'Reveal the next claim' }).focus();
	await page.keyboard.press('Enter');
	await expect(status).toContainText(`${hidden.length - 1} of ${hidden.length} claims still hidden.`);
	await expect(status).toContainText(hidden[0]!.text.slice(0, 40));
	await expect(item(page, hidden[0]!.text)).toHaveCount(1);
	await expect(item(page, hidden[1]!.text)).toHaveCount(0);
	await expect(page).toHaveURL(/hide=against&revealed=1/);

	// Then branches: the next hidden claim with every reply below it.
	const below = (c: Claim, root: string): boolean =>
		c.target === root ||
		(c.target !== 'thesis' &&
			below(
				debate.claims.find((d) => d.id === c.target)!,
				root
			));
	let revealed = 1;
	for (let i = 0; i < 3; i++) {
		let end = revealed + 1;
		while (end < hidden.length && below(hidden[end]!, hidden[revealed]!.id)) end++;
		await page.getByRole('button', { name: 'Reveal the next branch' }).press('Enter');
		await expect(status).toContainText(`${hidden.length - end} of ${hidden.length} claims still hidden.`);
		for (const c of hidden.slice(revealed, end)) await expect(item(page, c.text)).toHaveCount(1);
		if (end < hidden.length) await expect(item(page, hidden[end]!.text)).toHaveCount(0);
		revealed = end;
	}
	await expect(page).toHaveURL(new RegExp(`hide=against&revealed=${revealed}`));

	// Round trip: a reload, and a fresh browser given the link.
	const url = page.url();
	const left = `${hidden.length - revealed} of ${hidden.length} claims still hidden.`;
	await page.reload();
	await ready(page);
	await expect(status).toHaveText(left);
	await expect(page.getByLabel('Classroom: hide a side')).toHaveValue('against');
	const fresh = await browser.newContext({ baseURL });
	const other = await fresh.newPage();
	await other.goto(url);
	await ready(other);
	await expect(other.locator('.still-hidden')).toHaveText(left);
	await expect(item(other, hidden[revealed]!.text)).toHaveCount(0);
	await fresh.close();

	await page.getByRole('button', { name: 'Reveal all' }).click();
	await expect(status).toHaveText(/Every claim is revealed\.$/);
	await page.getByLabel('Classroom: hide a side').selectOption({ label: 'Neither' });
	await expect(page.getByRole('treeitem')).toHaveCount(debate.claims.length + 1);
	await expect(page).toHaveURL(/\/debate\/$/);
});

test('a bad address shows a notice as text and falls back to the defaults', async ({ page }) => {
	await page.goto('/debate/?hide=%3Cb%20id%3Dinjected%3Ex%3C%2Fb%3E&who=ZZ&revealed=abc');
	await ready(page);
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('hide=<b id=injected>x</b>');
	await expect(notice).toContainText('who=ZZ');
	await expect(notice).toContainText('revealed=abc');
	await expect(page.locator('#injected')).toHaveCount(0);
	await expect(page.getByLabel('Classroom: hide a side')).toHaveValue('');
	await expect(page.getByLabel('Who argues')).toHaveValue('');
	await expect(page.getByRole('treeitem')).toHaveCount(debate.claims.length + 1);
});

test("the map's key sits under the map, each line sample inside it, each relation explained", async ({
	page
}) => {
	const legend = page.locator('.map .legend');
	await legend.scrollIntoViewIfNeeded();
	const box = (await legend.boundingBox())!;
	const map = (await page.locator('.map .argument-map').boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(map.y + map.height);
	const samples = legend.locator('svg');
	await expect(samples).toHaveCount(3);
	for (const sample of await samples.all()) {
		const s = (await sample.boundingBox())!;
		expect(s.width).toBeGreaterThan(20);
		expect(s.x).toBeGreaterThanOrEqual(box.x - 0.5);
		expect(s.y).toBeGreaterThanOrEqual(box.y - 0.5);
		expect(s.x + s.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
		expect(s.y + s.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
	}
	await expect(legend).toContainText('Attacks: says the claim it points to is wrong');
	await expect(legend).toContainText('Undercuts: accepts the claim but denies');
	await expect(legend).toContainText('not the claim itself');
});

test('the first screen reaches the first claim', async ({ page }) => {
	const viewport = page.viewportSize()!;
	const row = (await item(page, topLevel[0]!.text).locator('> .row').boundingBox())!;
	expect(row.y).toBeLessThan(viewport.height - 24);
});

test('no console error on load, in classroom mode, printing and back', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/debate/?hide=for&revealed=2');
	await ready(page);
	await page.locator('.map .legend').scrollIntoViewIfNeeded();
	await page.emulateMedia({ media: 'print' });
	await page.waitForTimeout(300);
	await page.emulateMedia({ media: 'screen' });
	await page.getByLabel('Classroom: hide a side').selectOption('');
	await page.waitForTimeout(300);
	expect(errors).toEqual([]);
});

test('prints the whole outline as a handout: every claim attributed, no controls or screen instructions', async ({
	page
}) => {
	await page.getByRole('treeitem', { name: debate.thesis.text }).focus();
	await page.keyboard.press('ArrowLeft'); // collapse everything under the thesis
	await expect(page.getByRole('treeitem', { name: debate.thesis.text })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
	await page.emulateMedia({ media: 'print' });
	await expect(item(page, topLevel[0]!.text)).toBeVisible();
	for (const hiddenInPrint of [
		page.locator('.controls'),
		page.getByLabel('Who argues'),
		page.getByText('Use the arrow keys', { exact: false }),
		page.getByText('Choose a claim to see who made it', { exact: false }),
		page.getByText('Embed this chart'),
		page.getByText('Download the data', { exact: false }),
		page.locator('.map')
	])
		await expect(hiddenInPrint.filter({ visible: true })).toHaveCount(0);
	// Every claim with who said it, when, and the source.
	await expect(page.locator('.outline .byline')).toHaveCount(debate.claims.length);
	for (const c of debate.claims.slice(0, 8)) {
		const byline = item(page, c.text).locator('> .byline');
		await expect(byline).toBeVisible();
		await expect(byline).toContainText(c.attributions[0]!.speaker);
		await expect(byline).toContainText(/\d{4}\. Source: .+ \[\d+\]/);
	}
	// The tree may break across pages (the first page is not left half empty), each claim kept whole.
	await expect(page.locator('.outline .item').first()).toHaveCSS('break-inside', 'auto');
	await expect(page.locator('.outline .row').first()).toHaveCSS('break-inside', 'avoid');
	await expect(page.locator('.print-note')).toBeVisible();
});

test('in classroom mode the printout says what was hidden and leaves room to answer', async ({ page }) => {
	await page.goto('/debate/?hide=against');
	await ready(page);
	await expect(page.locator('.worksheet')).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	const worksheet = page.locator('.worksheet');
	await expect(worksheet).toBeVisible();
	await expect(worksheet).toContainText(
		`${hiddenWith('against').length} claims against leaving were left out`
	);
	const lines = worksheet.locator('.answer-lines span');
	expect(await lines.count()).toBeGreaterThanOrEqual(10);
	await expect(lines.first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reveal the next claim' })).toBeHidden();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every claim is in the prerendered outline', async ({ page }) => {
		await expect(page.getByRole('treeitem')).toHaveCount(debate.claims.length + 1);
	});
	test('the prerendered page shows the default view, whatever the address asks', async ({ page }) => {
		await page.goto('/debate/?hide=against&who=RN');
		await expect(page.getByRole('treeitem')).toHaveCount(debate.claims.length + 1);
		await expect(page.locator('.faded')).toHaveCount(0);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 60);
}

for (const colorScheme of ['light', 'dark'] as const)
	test(`with a speaker chosen, the claims left out stay readable: no axe violation in the ${colorScheme} theme`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.emulateMedia({ colorScheme });
		await page.goto('/debate/?who=RN');
		await expect(page.getByLabel('Who argues')).toHaveValue('RN');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
