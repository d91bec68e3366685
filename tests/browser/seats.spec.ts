/**
 * The seat balance and vote simulator, driven as a reader would: by mouse, by keyboard alone, through a
 * shared URL and the Back button. Expected counts are worked out here from content/data/assembly.json,
 * independently of the simulator's own arithmetic.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const assembly = JSON.parse(readFileSync('content/data/assembly.json', 'utf8')) as {
	groups: { id: string; bloc: string }[];
	compositions: { id: string; date: string; seats: Record<string, number>; vacant: number }[];
};
const latest = assembly.compositions.at(-1)!;
const first = assembly.compositions[0]!;
const seatsOf = (ids: string[], composition = latest) =>
	ids.reduce((sum, id) => sum + composition.seats[id]!, 0);
const idsInBlocs = (...blocs: string[]) =>
	assembly.groups.filter((g) => blocs.includes(g.bloc)).map((g) => g.id);
const filled = seatsOf(assembly.groups.map((g) => g.id));

const verdict = (page: Page) => page.locator('.outcome .verdict');

test.beforeEach(async ({ page, javaScriptEnabled }) => {
	await page.goto('/seats/');
	// Interaction starts once the page has hydrated.
	if (javaScriptEnabled) await expect(page.locator('article[data-ready="true"]')).toBeAttached();
});

test('draws every seat of the Assembly, vacant seats included, and the majority mark', async ({ page }) => {
	await expect(page.locator('svg.seats circle.seat')).toHaveCount(filled + latest.vacant);
	await expect(page.locator('svg.seats circle.vacant')).toHaveCount(latest.vacant);
	await expect(page.locator('.majority-label')).toHaveText('289: absolute majority');
	await expect(page.getByRole('option')).toHaveCount(assembly.groups.length);
});

test('by mouse: hovering a group highlights its seats and names it, with its party, seats and share', async ({
	page
}) => {
	const rn = page.getByRole('option', { name: /\(RN\)/ });
	await rn.locator('circle').first().hover();
	await expect(page.locator('p.info')).toContainText(
		`RN National Rally (Rassemblement national): ${latest.seats.RN} seats`
	);
	await expect(page.locator('.group.dimmed')).toHaveCount(
		assembly.groups.length - 1 + (latest.vacant > 0 ? 1 : 0)
	);
	await rn.locator('circle').first().click();
	await expect(rn).toHaveAttribute('aria-selected', 'true');
});

test('by mouse: a scenario preset gives the outcome the seat counts imply', async ({ page }) => {
	await page.getByLabel(/Scenario: the left alliance and the RN vote for/).check();
	const votesFor = seatsOf(idsInBlocs('nfp', 'rn'));
	const against = filled - votesFor;
	await expect(verdict(page)).toHaveText(`Passes by ${votesFor - against} votes`);
	await expect(page.locator('.outcome .counts')).toHaveText(
		`${votesFor} for, ${against} against, 0 abstaining, 0 absent`
	);

	await page.getByLabel(/Scenario: LFI alone/).check();
	const lfi = seatsOf(['LFI-NFP']);
	await expect(verdict(page)).toHaveText(`Fails: ${filled - lfi - lfi + 1} votes short`);
});

test('by mouse: changing one group’s line and its discipline updates the outcome', async ({ page }) => {
	await page.getByLabel(/Scenario: the left alliance votes for/).check();
	const nfp = seatsOf(idsInBlocs('nfp'));
	await expect(verdict(page)).toContainText('Fails');
	const rn = page.getByRole('group', { name: /^RN/ });
	await rn.getByText('For', { exact: true }).click();
	const votesFor = nfp + seatsOf(['RN']);
	await expect(page.locator('.outcome .counts')).toContainText(
		`${votesFor} for, ${filled - votesFor} against`
	);
	await expect(page.getByText('Your own scenario')).toBeVisible();

	// Half of the RN breaks ranks: they split between against and abstaining.
	await rn.getByText(/Discipline/).click();
	await rn.getByLabel('Follow the line').fill('50');
	const loyal = Math.round(seatsOf(['RN']) / 2);
	await expect(page.locator('.outcome .counts')).toContainText(`${nfp + loyal} for`);
});

test('by keyboard alone: move through the groups of the chart, select one, clear it', async ({ page }) => {
	const chart = page.getByRole('listbox');
	await chart.focus();
	await expect(chart).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	const second = assembly.groups[1]!.id;
	await expect(page.getByRole('option', { selected: true })).toHaveAccessibleName(
		new RegExp(`\\(${second}\\): ${latest.seats[second]} seats`)
	);
	await expect(page.locator('.centre .big')).toHaveText(second);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('option', { selected: true })).toHaveCount(0);
});

test('by keyboard alone: set a group’s line and the rule, and hear the outcome', async ({ page }) => {
	await page.getByLabel(/Scenario: LFI alone/).focus();
	await page.keyboard.press('ArrowUp'); // the previous preset: the left alliance and the RN
	await expect(page.getByLabel(/Scenario: the left alliance and the RN vote for/)).toBeChecked();
	await expect(verdict(page)).toContainText('Passes');
	const live = page.locator('.outcome');
	await expect(live).toHaveAttribute('aria-live', 'polite');

	// Switch the rule to an absolute majority of members.
	await page.getByLabel(/Absolute majority of the Assembly/).focus();
	await page.keyboard.press('Space');
	const votesFor = seatsOf(idsInBlocs('nfp', 'rn'));
	const needed = Math.floor(filled / 2) + 1;
	await expect(verdict(page)).toHaveText(`Passes by ${votesFor - needed + 1} votes`);
	await expect(page.locator('.outcome .needed')).toContainText(`${needed} votes for`);
});

test('a shared URL restores the same scenario, and Back returns to the previous one', async ({
	page,
	context
}) => {
	await page.getByLabel(/Scenario: the left alliance votes for/).check();
	await expect(verdict(page)).toContainText('Fails');
	await page.getByRole('group', { name: /^RN/ }).getByText('For', { exact: true }).click();
	await page.getByLabel(first.date.slice(8, 10).replace(/^0/, '') + ' July 2024').check();
	const passing = await verdict(page).textContent();
	const counts = await page.locator('.outcome .counts').textContent();
	expect(new URL(page.url()).searchParams.get('at')).toBe(first.id);

	const shared = await context.newPage();
	await shared.goto(page.url());
	await expect(shared.locator('article[data-ready="true"]')).toBeAttached();
	await expect(verdict(shared)).toHaveText(passing!);
	await expect(shared.locator('.outcome .counts')).toHaveText(counts!);
	await expect(shared.getByRole('group', { name: /^RN/ }).getByLabel('For')).toBeChecked();
	await expect(shared.locator('.key li', { hasText: 'RN' })).toContainText(String(first.seats.RN));

	await page.goBack();
	await expect(page.getByLabel(`${Number(latest.date.slice(8, 10))} January 2026`)).toBeChecked();
	await page.goBack();
	await expect(verdict(page)).toContainText('Fails');
});

test('a bad URL value shows a readable notice, keeps the defaults, and is never run as HTML', async ({
	page
}) => {
	await page.goto('/seats/?rule=unanimity&g=RN:maybe,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E:for');
	await expect(page.locator('article[data-ready="true"]')).toBeAttached();
	const notice = page.getByRole('status');
	await expect(notice).toContainText('rule=unanimity');
	await expect(notice).toContainText('<img src=x onerror=alert(1)>:for');
	await expect(page.locator('img')).toHaveCount(0);
	await expect(page.getByLabel(/Majority of votes cast/)).toBeChecked();
	await expect(page.getByLabel(/Declared positions on NATO/)).toBeChecked();
});

test('seats change colour without animation when the reader prefers reduced motion', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const duration = await page
		.locator('circle.seat')
		.first()
		.evaluate((seat) => parseFloat(getComputedStyle(seat).transitionDuration));
	expect(duration).toBeLessThan(0.001);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const animated = await page
		.locator('circle.seat')
		.first()
		.evaluate((seat) => parseFloat(getComputedStyle(seat).transitionDuration));
	expect(animated).toBeGreaterThan(0.1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the chart, its summary and its table are in the page', async ({ page }) => {
		await page.goto('/seats/');
		await expect(page.locator('svg.seats circle.seat')).toHaveCount(filled + latest.vacant);
		await expect(page.locator('#seat-balance .summary')).toContainText(`${filled} deputies sit in`);
		await expect(page.locator('#seat-balance table tbody tr')).toHaveCount(assembly.groups.length + 1);
	});
});
