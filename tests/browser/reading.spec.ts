/** The story reads in full without JavaScript, its sources are one tap away, and it prints cleanly. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { assembly } from './assemblyData';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story is complete: headline, every section, quotes with translations, source links', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('h1')).toHaveText('France, NATO and the motion to leave');
		await expect(page.locator('h2')).toHaveText([
			'In brief',
			'1. What happened',
			'2. Why now',
			'3. The case for leaving, and the case against',
			'4. Could it pass?',
			'5. Where the parties stand',
			'6. How leaving would actually work',
			/^7\. The wider picture: Europe.s strategic autonomy$/,
			'8. Sources and method'
		]);
		// Dates and seat counts come from the data files.
		await expect(page.locator('time[datetime="2026-01-19"]').first()).toContainText('19 January 2026');
		const lfi = assembly.compositions.at(-1)!.seats['LFI-NFP'];
		await expect(page.getByText(`LFI, which filed the motion, has ${lfi} deputies.`)).toBeVisible();
		// A document number is an identifier, not a quantity: no thousands separator.
		await expect(page.getByText(/similar motion, no\. 4722,/)).toBeVisible();
		// French quotes in the original, with our translation marked as ours.
		const title = page.locator('blockquote[lang="fr"]').first();
		await expect(title).toContainText('invitant le Gouvernement');
		await expect(page.getByText('Our translation:').first()).toBeVisible();
		expect(await page.locator('sup.cite a').count()).toBeGreaterThan(15);
	});

	test('typography: guillemets hold their spaces, quotes within quotes alternate, footnotes sit outside numbers and are 24 px targets', async ({
		page
	}) => {
		await page.goto('/');
		const text = await page.locator('main').evaluate((main) => main.textContent ?? '');
		expect(text.match(/«[^\u00A0]|[^\u00A0]»/g) ?? []).toEqual([]);
		// A quote inside a quote takes the other kind of marks: no “ “ or ” ” run together, no « inside a French <q>
		// (whose own marks come from CSS).
		expect(text.match(/[“”]{2}/g) ?? []).toEqual([]);
		expect(
			await page
				.locator('q[lang="fr"]')
				.evaluateAll((qs) => qs.filter((q) => /[«»]/.test(q.textContent!)).length)
		).toBe(0);
		const problems = await page.locator('sup.cite').evaluateAll((sups) =>
			sups.flatMap((sup) => {
				const before = sup.previousSibling?.textContent?.slice(-1) ?? '';
				const after = sup.nextSibling?.textContent?.slice(0, 1) ?? '';
				return /\d/.test(before) && /[\p{L}\p{N}%]/u.test(after)
					? [`footnote inside "${before}…${after}"`]
					: [];
			})
		);
		expect(problems).toEqual([]);
		const boxes = await page.locator('sup.cite a').evaluateAll((links) =>
			links.map((a) => {
				const r = a.getBoundingClientRect();
				return { text: a.textContent, x: r.x + scrollX, y: r.y + scrollY, w: r.width, h: r.height };
			})
		);
		expect(boxes.length).toBeGreaterThan(100);
		expect(boxes.filter((b) => b.w < 24 || b.h < 24)).toEqual([]);
		const overlapping = boxes.filter((a, i) =>
			boxes.some(
				(b, j) =>
					j > i &&
					a.x < b.x + b.w - 0.5 &&
					b.x < a.x + a.w - 0.5 &&
					a.y < b.y + b.h - 0.5 &&
					b.y < a.y + a.h - 0.5
			)
		);
		expect(overlapping).toEqual([]);
	});

	test('the reading time is honest: the words of the text and its quotes, at 230 a minute', async ({
		page
	}) => {
		await page.goto('/');
		const words = await page.locator('.story .copy').evaluate((copy) => {
			const text = copy.cloneNode(true) as HTMLElement;
			// Graphics are looked at, footnote numbers skipped.
			for (const skip of text.querySelectorAll('figure, sup.cite')) skip.remove();
			return (text.textContent ?? '').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
		});
		const shown = Number((await page.getByText(/\d+ min read/).textContent())!.match(/\d+/)![0]);
		expect(Math.abs(shown - words / 230)).toBeLessThanOrEqual(1);
	});

	test('an inline source reference leads to that source on the sources page', async ({ page }) => {
		await page.goto('/');
		const reference = page.locator('sup.cite a').first();
		await expect(reference).toHaveAccessibleName(/^Source 1: /);
		await reference.click();
		await expect(page).toHaveURL(/\/sources\/#source-lfi-communique-2026-01-19$/);
		const source = page.locator('#source-lfi-communique-2026-01-19');
		await expect(source).toBeInViewport();
		await expect(source.locator('.title a')).toHaveAttribute('href', /^http/);
		await source.getByRole('link', { name: 'Story' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('h1')).toHaveText('France, NATO and the motion to leave');
	});

	test('the sources page lists every source with publisher, dates and language', async ({ page }) => {
		await page.goto('/sources/');
		const items = page.locator('ol.sources > li');
		expect(await items.count()).toBeGreaterThan(20);
		// A source that gives no date of its own says "n.d." where the others give their date.
		const undated = new Set(
			(
				JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as {
					sources: { id: string; published?: string }[];
				}
			).sources
				.filter((source) => source.published === undefined)
				.map((source) => `source-${source.id}`)
		);
		expect(undated.size).toBeGreaterThan(0);
		for (const item of await items.all()) {
			const isUndated = undated.has((await item.getAttribute('id'))!);
			await expect(item.locator('time')).toHaveCount(isUndated ? 1 : 2);
			if (isUndated) await expect(item).toContainText('n.d.');
			await expect(item.locator('.publisher')).not.toBeEmpty();
		}
	});
});

test('printing hides navigation and prints link addresses', async ({ page }) => {
	await page.goto('/sources/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation')).toBeHidden();
	const after = await page
		.locator('ol.sources a[href^="http"]')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('http');
});

test('keyboard readers can skip straight to the content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#content$/);
});

test('a first visit on a slow line reads in fallback faces shaped like the site fonts, then in the site fonts, without the page moving', async ({
	page
}) => {
	// The font files take their time, as on a slow phone line.
	await page.route('**/*.woff2', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const measure = () =>
		page.evaluate(() => ({
			serif: document.fonts.check('1em "Source Serif 4"'),
			brief: document.querySelector('.in-brief')!.getBoundingClientRect().top,
			firstSection: document.querySelector('h2:not(.in-brief h2)')!.getBoundingClientRect().top
		}));
	const before = await measure();
	expect(before.serif).toBe(false);
	await page.waitForFunction(
		() => document.fonts.check('1em "Source Serif 4"') && document.fonts.status === 'loaded'
	);
	const after = await measure();
	// Swapped in (font-display: swap), not left out for the visit (optional).
	const used = await page.evaluate(() =>
		[...document.fonts]
			.filter((face) => face.status === 'loaded')
			.map((face) => face.family.replace(/"/g, ''))
	);
	expect(used).toEqual(expect.arrayContaining(['Source Serif 4', 'Inter']));
	expect(Math.abs(after.brief - before.brief)).toBeLessThanOrEqual(4);
	expect(Math.abs(after.firstSection - before.firstSection)).toBeLessThanOrEqual(30);
});
