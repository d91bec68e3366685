/**
 * The party position map: keyboard navigation, evidence cards, the second pairing of axes, trails, and the
 * selection it shares with the hemicycle on the same page. Expectations are read from the data files.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

type Party = {
	id: string;
	name: string;
	short: string;
	group: string | null;
	stance: string;
	evidence: { text: string; sources: string[] }[];
	history: unknown[];
};
const positions = JSON.parse(readFileSync('content/data/nato-positions.json', 'utf8')) as {
	parties: Party[];
};
const ches = JSON.parse(readFileSync('content/data/ches.json', 'utf8')) as {
	parties: { id: string; scores: Record<string, Record<string, number>> }[];
};
const onMap = (axis: string) =>
	positions.parties.filter(
		(p) =>
			p.stance !== 'unknown' && ches.parties.find((c) => c.id === p.id)?.scores['2024']?.[axis] !== undefined
	);
const byLeftRight = onMap('lrgen').toSorted(
	(a, b) =>
		ches.parties.find((c) => c.id === a.id)!.scores['2024']!.lrgen! -
		ches.parties.find((c) => c.id === b.id)!.scores['2024']!.lrgen!
);

test.beforeEach(async ({ page, javaScriptEnabled }) => {
	await page.goto('/positions/');
	if (javaScriptEnabled)
		await expect(page.locator('.plot svg')).toHaveAttribute('viewBox', /^0 0 (?!360 480)/);
});

const map = (page: import('@playwright/test').Page) =>
	page.getByRole('listbox', { name: /Parties by stance on NATO/ });
const seats = (page: import('@playwright/test').Page) =>
	page.getByRole('listbox', { name: /Seats of the National Assembly/ });

test('shows every party with a stance and a survey value, and names the ones it leaves out', async ({
	page
}) => {
	await expect(map(page).getByRole('option')).toHaveCount(onMap('lrgen').length);
	const left = positions.parties.filter((p) => !onMap('lrgen').includes(p));
	for (const party of left) await expect(page.locator('.omitted')).toContainText(party.name);
});

test('by keyboard: arrows move from left to right, Enter opens the evidence and selects the group’s seats', async ({
	page
}) => {
	await map(page).focus();
	await page.keyboard.press('ArrowRight');
	const second = byLeftRight[1]!;
	await expect(page.locator('.card h3')).toHaveText(second.name);
	await page.keyboard.press('Enter');
	await expect(map(page).getByRole('option', { selected: true })).toHaveAccessibleName(
		new RegExp(`^${second.name}:`)
	);
	await expect(page.locator('.card blockquote')).toContainText(second.evidence[0]!.text.slice(0, 30));
	await expect(page.locator('.card').getByRole('link').first()).toHaveAttribute(
		'href',
		/\/sources\/#source-/
	);
	// The hemicycle on the same page follows the one shared selection.
	await expect(seats(page).getByRole('option', { selected: true })).toHaveAccessibleName(
		new RegExp(`\\(${second.group}\\)`)
	);
	await page.keyboard.press('Escape');
	await expect(seats(page).getByRole('option', { selected: true })).toHaveCount(0);
});

test('selecting a group in the hemicycle selects its party on the map', async ({ page }) => {
	const rn = positions.parties.find((p) => p.id === 'rn')!;
	await seats(page)
		.getByRole('option', { name: /\(RN\)/ })
		.locator('circle')
		.first()
		.click();
	await expect(map(page).getByRole('option', { selected: true })).toHaveAccessibleName(
		new RegExp(`^${rn.name}:`)
	);
	await page.mouse.move(0, 0);
	await expect(page.locator('.card h3')).toHaveText(rn.name);
});

test('by mouse: a clicked party stays in the card after the pointer leaves the map', async ({ page }) => {
	const party = byLeftRight[1]!;
	await map(page)
		.getByRole('option', { name: new RegExp(`^${party.name}:`) })
		.locator('circle')
		.click();
	await page.mouse.move(1, 1);
	await expect(page.locator('.card h3')).toHaveText(party.name);
	await expect(map(page).getByRole('option', { selected: true })).toHaveAccessibleName(
		new RegExp(`^${party.name}:`)
	);
});

test('hovering a party with a documented change shows its dated trail', async ({ page }) => {
	const moved = onMap('lrgen').find((p) => p.history.length > 0)!;
	await expect(page.locator('polyline.trail')).toHaveCount(0);
	await map(page)
		.getByRole('option', { name: new RegExp(`^${moved.name}:`) })
		.locator('circle')
		.hover();
	await expect(page.locator('polyline.trail')).toHaveCount(1);
	await expect(page.locator('text.trail-date').first()).toHaveText(/^\d{4}$/);
});

test('the second pairing puts the parties on the survey’s Russia question', async ({ page }) => {
	const rn = map(page).getByRole('option', { name: /^Rassemblement national:/ });
	const before = await rn.locator('circle').getAttribute('cx');
	await page.getByLabel("Europe's relationship with Russia").check();
	await expect(rn).toHaveAccessibleName(/Europe's relationship with Russia 7\.7/);
	expect(await rn.locator('circle').getAttribute('cx')).not.toBe(before);
	await expect(map(page).getByRole('option')).toHaveCount(onMap('eu_russia').length);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the map, its summary and its data table are in the page', async ({ page }) => {
		await expect(page.locator('.plot svg circle.dot')).toHaveCount(onMap('lrgen').length);
		await expect(page.locator('#position-map .summary')).toContainText('Leave NATO: LFI, PCF.');
		await expect(page.locator('#position-map table tbody tr')).toHaveCount(positions.parties.length);
	});
});
