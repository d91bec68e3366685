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
		await expect(page.locator('.plot svg.main')).toHaveAttribute('viewBox', /^0 0 (?!360 480)/);
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
	await expect(page.locator('.position-map .card h3')).toHaveText(second.name);
	await page.keyboard.press('Enter');
	await expect(map(page).getByRole('option', { selected: true })).toHaveAccessibleName(
		new RegExp(`^${second.name}:`)
	);
	await expect(page.locator('.position-map .card blockquote')).toContainText(
		second.evidence[0]!.text.slice(0, 30)
	);
	await expect(page.locator('.position-map .card').getByRole('link').first()).toHaveAttribute(
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
	await expect(page.locator('.position-map .card h3')).toHaveText(rn.name);
});

test('by mouse: a clicked party stays in the card after the pointer leaves the map', async ({ page }) => {
	const party = byLeftRight[1]!;
	await map(page)
		.getByRole('option', { name: new RegExp(`^${party.name}:`) })
		.locator('circle')
		.click();
	await page.mouse.move(1, 1);
	await expect(page.locator('.position-map .card h3')).toHaveText(party.name);
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
	await page.getByRole('radio', { name: "Europe's relationship with Russia" }).check();
	await expect(rn).toHaveAccessibleName(/Europe's relationship with Russia 7\.7/);
	expect(await rn.locator('circle').getAttribute('cx')).not.toBe(before);
	await expect(map(page).getByRole('option')).toHaveCount(onMap('eu_russia').length);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the map, its summary and its data table are in the page', async ({ page }) => {
		await expect(page.locator('.plot svg.main circle.dot')).toHaveCount(onMap('lrgen').length);
		await expect(page.locator('#position-map .summary')).toContainText('Leave NATO: LFI, PCF.');
		await expect(page.locator('#position-map table tbody tr')).toHaveCount(positions.parties.length);
	});
});

/** WCAG contrast of two `rgb(…)` colours. */
const visibleTexts = (page: import('@playwright/test').Page) =>
	page.locator('.plot svg.main').evaluate((svg) => {
		const rgb = (c: string) =>
			c
				.match(/[\d.]+/g)!
				.slice(0, 3)
				.map(Number);
		const lum = ([r, g, b]: number[]) =>
			[r!, g!, b!]
				.map((v) => v / 255)
				.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
				.reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
		const contrast = (a: number[], b: number[]) => {
			const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
			return (hi! + 0.05) / (lo! + 0.05);
		};
		const style = getComputedStyle(svg);
		const backgrounds = ['--colour-bg', '--colour-surface'].map((v) => {
			const probe = document.createElement('div');
			probe.style.color = style.getPropertyValue(v);
			document.body.append(probe);
			const colour = rgb(getComputedStyle(probe).color);
			probe.remove();
			return colour;
		});
		return [...svg.querySelectorAll('text')]
			.filter((el) => el.getBoundingClientRect().width > 0)
			.map((el) => {
				let opacity = 1;
				for (let node: Element | null = el; node && node !== svg; node = node.parentElement)
					opacity *= Number(getComputedStyle(node).opacity);
				const fill = rgb(getComputedStyle(el).fill);
				// The text's colour as painted over each band colour, at its effective opacity.
				const ratios = backgrounds.map((bg) =>
					contrast(
						fill.map((c, i) => c * opacity + bg[i]! * (1 - opacity)),
						bg
					)
				);
				const box = el.getBoundingClientRect();
				return {
					text: el.textContent ?? '',
					ratio: Math.min(...ratios),
					box: { x: box.x, y: box.y, width: box.width, height: box.height }
				};
			});
	});

for (const colorScheme of ['light', 'dark'] as const)
	test(`with a party selected, every label on the map keeps 4.5:1 contrast (${colorScheme})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/positions/?party=rn');
		await expect(map(page).getByRole('option', { selected: true })).toHaveAccessibleName(
			/^Rassemblement national:/
		);
		await page.waitForTimeout(300); // the fade's transition
		const texts = await visibleTexts(page);
		expect(texts.length).toBeGreaterThan(15);
		for (const t of texts) expect(t.ratio, `“${t.text}”`).toBeGreaterThanOrEqual(4.5);
	});

for (const axis of ['left-right', 'russia'])
	test(`on the ${axis} scale no label covers another label or a dot, whichever party is picked out`, async ({
		page
	}) => {
		for (const party of ['', 'rn', 'lfi', 'pcf', 'renaissance']) {
			await page.goto(`/positions/?axis=${axis}${party ? `&party=${party}` : ''}`);
			await expect(page.locator('.plot svg.main')).toHaveAttribute('viewBox', /^0 0 (?!360 480)/);
			if (party) await expect(map(page).getByRole('option', { selected: true })).toHaveCount(1);
			await page.waitForTimeout(600); // dots glide to a new scale
			const texts = (await visibleTexts(page)).map((t) => t.box);
			const dots = await page.locator('.plot svg.main circle').evaluateAll((circles) =>
				circles.map((c) => {
					const b = c.getBoundingClientRect();
					return { x: b.x + b.width / 2, y: b.y + b.height / 2, r: b.width / 2 };
				})
			);
			const inset = (b: { x: number; y: number; width: number; height: number }) => ({
				x0: b.x + 1,
				y0: b.y + 1,
				x1: b.x + b.width - 1,
				y1: b.y + b.height - 1
			});
			for (const [i, a] of texts.entries()) {
				const box = inset(a);
				for (const b of texts.slice(i + 1)) {
					const other = inset(b);
					const overlap = box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1;
					expect(overlap, `${party}: labels at ${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(false);
				}
				for (const dot of dots) {
					const dx = dot.x - Math.max(box.x0, Math.min(dot.x, box.x1));
					const dy = dot.y - Math.max(box.y0, Math.min(dot.y, box.y1));
					expect(dx * dx + dy * dy >= dot.r * dot.r, `${party}: label at ${JSON.stringify(a)} on a dot`).toBe(
						true
					);
				}
			}
		}
	});

test('the selection and the scale are in the address: they survive a reload and open the same in a fresh browser', async ({
	page,
	browser
}) => {
	await map(page)
		.getByRole('option', { name: /^Rassemblement national:/ })
		.locator('circle')
		.click();
	await page.getByRole('radio', { name: "Europe's relationship with Russia" }).check();
	await expect(page).toHaveURL(/\/positions\/\?party=rn&axis=russia$/);
	await page.reload();
	await expect(map(page).getByRole('option', { selected: true })).toHaveAccessibleName(
		/^Rassemblement national:/
	);
	await expect(page.getByRole('radio', { name: "Europe's relationship with Russia" })).toBeChecked();
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(page.url());
	await expect(map(other).getByRole('option', { selected: true })).toHaveAccessibleName(
		/^Rassemblement national:/
	);
	await expect(other.getByRole('radio', { name: "Europe's relationship with Russia" })).toBeChecked();
	await fresh.close();
	// Clearing the selection and going back to the first scale leaves a plain address.
	await page.keyboard.press('Escape');
	await map(page).focus();
	await page.keyboard.press('Escape');
	await page.getByRole('radio', { name: 'Overall left–right' }).check();
	await expect(page).toHaveURL(/\/positions\/$/);
});

test('a value the page does not know shows a notice, as text, and the defaults', async ({ page }) => {
	await page.goto('/positions/?party=%3Cimg%20src%3Dx%3E&axis=sideways');
	await expect(page.locator('p.notice[role="status"]')).toContainText('party=<img src=x>; axis=sideways');
	await expect(page.locator('main img[src="x"]')).toHaveCount(0);
	await expect(map(page).getByRole('option', { selected: true })).toHaveCount(0);
	await expect(page.getByRole('radio', { name: 'Overall left–right' })).toBeChecked();
});

test('each card names who said its evidence, or says that our source does not', async ({ page }) => {
	await page.goto('/positions/?party=rn');
	await expect(page.locator('.position-map .card .who')).toContainText('Jordan Bardella');
	await page.goto('/positions/?party=ps');
	await expect(page.locator('.position-map .card .who')).toContainText('speaker not named in our source');
});

test('the page and its map load without a console error, the map drawn where it stays from the first paint', async ({
	page,
	browser
}, testInfo) => {
	const errors: string[] = [];
	const fresh = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: true });
	const live = await fresh.newPage();
	live.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	live.on('pageerror', (e) => errors.push(String(e)));
	await live.goto('/positions/');
	await expect(live.locator('.plot svg.main')).toHaveAttribute('viewBox', /^0 0 (?!360 480)/);
	await live.waitForTimeout(600);
	expect(errors).toEqual([]);
	const centres = (p: import('@playwright/test').Page): Promise<Record<string, [number, number]>> =>
		p.locator('.plot svg circle.dot').evaluateAll((dots) =>
			Object.fromEntries(
				dots
					.filter((d) => d.getBoundingClientRect().width > 0)
					.map((d) => {
						const b = d.getBoundingClientRect();
						return [d.closest('g')!.dataset.party, [b.x + b.width / 2, b.y + b.height / 2]];
					})
			)
		);
	const prerendered = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false });
	const still = await prerendered.newPage();
	await still.goto('/positions/');
	const before = await centres(still);
	const after = await centres(live);
	expect(Object.keys(before).sort()).toEqual(Object.keys(after).sort());
	for (const [id, [x, y]] of Object.entries(after)) {
		expect(Math.abs(before[id]![0] - x), `${id} across`).toBeLessThan(4);
		expect(Math.abs(before[id]![1] - y), `${id} down`).toBeLessThan(4);
	}
	await prerendered.close();
	await fresh.close();
	void page;
});

test('on a phone, the selected party’s seats show beside the map', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'from 64rem the hemicycle sits beside the map');
	await map(page)
		.getByRole('option', { name: /^Parti socialiste:/ })
		.locator('circle')
		.click();
	await expect(page.locator('.seat-strip')).toBeInViewport();
	await expect(page.locator('.seat-strip figcaption')).toContainText(
		/PS sits in the Socialists and affiliated group \(SOC\): \d+ of 577 seats/
	);
});

test('printed, the page is a handout: no controls or instructions, every party’s evidence with who, when and where', async ({
	page
}) => {
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.position-map fieldset')).toBeHidden();
	await expect(page.locator('.hint')).toBeHidden();
	await expect(page.locator('.reuse-links')).toBeHidden();
	await expect(page.locator('.plot svg.main')).toBeVisible();
	const cards = page.locator('.evidence-list .card');
	await expect(cards).toHaveCount(positions.parties.filter((p) => p.evidence.length > 0).length);
	for (const card of await cards.all()) {
		await expect(card.locator('.who time')).toBeVisible();
		await expect(card.locator('.print-sources')).not.toBeEmpty();
	}
	// The map starts on the first page: an A4 page is about 1,120 px tall at 96 dpi.
	const top = await page.locator('.plot').evaluate((el) => el.getBoundingClientRect().top + scrollY);
	expect(top).toBeLessThan(1000);
});
