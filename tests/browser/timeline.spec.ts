/**
 * The timeline: labels whole and apart wherever it is drawn, the vertical chart on a phone, mouse, keyboard,
 * zoom and eras with the range in the address, category filters, deep links and unique ids, at desktop
 * width (the chart in lanes) and phone width (the chart read downwards). Expectations are read from
 * content/data/timeline.json.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

type Event = {
	id: string;
	date: string;
	title: string;
	category: string;
	lane: string;
	citedByMotion: boolean;
};
const timeline = JSON.parse(readFileSync('content/data/timeline.json', 'utf8')) as {
	events: Event[];
	lanes: { id: string; label: string }[];
	eras: { id: string; label: string; start: string; end: string }[];
	categories: { id: string; label: string }[];
};
const titles = new Set(timeline.events.map((e) => e.title));
const byDate = timeline.events.toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
const maduro = timeline.events.find((e) => e.citedByMotion && e.category === 'military-action')!;
const hague = timeline.events.find((e) => e.id === 'hague-summit-five-percent')!;
const latestEra = timeline.eras.at(-1)!;
const inLatestEra = byDate.filter((e) => e.date >= latestEra.start);
const firstUsAction = byDate.find((e) => e.lane === 'us')!;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Mon YYYY" of the first or last month a partial date covers, as the chart writes its range. */
const monthOf = (date: string, edge: 'first' | 'last') =>
	`${months[Number(date.slice(5, 7) || (edge === 'first' ? 1 : 12)) - 1]} ${date.slice(0, 4)}`;
const showing = (start: string, end: string) =>
	`Showing ${monthOf(start, 'first')} to ${monthOf(end, 'last')}`;
const whole = showing(timeline.eras[0]!.start, latestEra.end);
const chart = (page: Page) => page.getByRole('listbox', { name: /^Timeline of events in three lanes/ });
const vertical = (page: Page) => page.getByRole('listbox', { name: /^Timeline of events in date order/ });
const card = (page: Page) => page.locator('.timeline-chart .card');
const ready = (page: Page) => expect(page.locator('article[data-ready="true"]')).toBeAttached();
const wide = (page: Page) => (page.viewportSize()?.width ?? 0) >= 800;

/** Each drawn label's whole text (its lines joined) and box, chart by chart, within `scope`. */
async function labelsIn(scope: Locator) {
	return scope.evaluateAll((charts) =>
		charts.map((root) =>
			[...root.querySelectorAll('text.label, .timeline-vertical .label')]
				.map((label) => {
					const lines = label.querySelectorAll('tspan');
					const text = lines.length
						? [...lines].map((line) => line.textContent ?? '').join(' ')
						: (label.textContent ?? '');
					const { x, y, width, height } = label.getBoundingClientRect();
					return { text: text.replace(/\s+/g, ' ').trim(), x, y, width, height };
				})
				.filter((label) => label.width > 0 && label.height > 0)
		)
	);
}

/** What is wrong with the labels drawn: cut, not a whole title, or overlapping another of the same chart. */
function labelProblems(charts: { text: string; x: number; y: number; width: number; height: number }[][]) {
	const problems: string[] = [];
	for (const labels of charts)
		for (const [i, a] of labels.entries()) {
			if (a.text.endsWith('…')) problems.push(`cut: ${a.text}`);
			if (!titles.has(a.text)) problems.push(`not a whole title: ${a.text}`);
			for (const b of labels.slice(i + 1))
				if (
					a.x < b.x + b.width - 0.5 &&
					b.x < a.x + a.width - 0.5 &&
					a.y < b.y + b.height - 0.5 &&
					b.y < a.y + a.height - 0.5
				)
					problems.push(`overlap: ${a.text} / ${b.text}`);
		}
	return problems;
}

/** Ids used more than once in the page (light DOM). */
const duplicateIds = (page: Page) =>
	page.evaluate(() => {
		const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
		return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
	});

test.describe('labels', () => {
	test('on /timeline/ every label is a whole title, never cut, and no two overlap; an opened event’s label is whole', async ({
		page
	}) => {
		await page.goto('/timeline/');
		await ready(page);
		const shown = wide(page) ? page.locator('.timeline-chart') : page.locator('.timeline-vertical');
		const labels = await labelsIn(shown);
		expect(labels.flat().length).toBeGreaterThan(wide(page) ? 10 : inLatestEra.length - 1);
		expect(labelProblems(labels)).toEqual([]);
		if (wide(page)) {
			// The most crowded spot: an event of January 2026 opened, zoomed out to the whole history.
			await chart(page)
				.getByRole('option', { name: new RegExp(`^${escape(maduro.title)}`) })
				.click();
			const opened = await labelsIn(page.locator('.timeline-chart'));
			expect(labelProblems(opened)).toEqual([]);
			expect(opened.flat().map((l) => l.text)).toContain(maduro.title);
		}
	});

	test('in the embed, every label is a whole title and no two overlap', async ({ page }) => {
		await page.goto('/embed/v1/timeline/');
		const labels = await labelsIn(page.locator(wide(page) ? '.timeline-chart' : '.timeline-vertical'));
		expect(labels.flat().length).toBeGreaterThan(5);
		expect(labelProblems(labels)).toEqual([]);
	});

	test('in the story’s timeline steps, every label is whole, the picked-out event’s among them', async ({
		page
	}) => {
		// Reduced motion gives the plain article: every step's figure in the flow, each measurable.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-scrolly-mode', 'article');
		const figures = page.locator('.step-graphic .timeline-chart');
		expect(await figures.count()).toBeGreaterThanOrEqual(5);
		const labels = await labelsIn(figures);
		expect(labelProblems(labels)).toEqual([]);
		// Each figure with an opened event has its card, whose title is a label of the chart above it.
		for (const figure of await figures.all()) {
			if ((await figure.locator('.card .title').count()) === 0) continue;
			const title = await figure.locator('.card .title').textContent();
			const [own] = await labelsIn(figure);
			expect(own!.map((l) => l.text)).toContain(title);
		}
	});
});

test.describe('desktop', () => {
	test.skip(({ viewport }) => (viewport?.width ?? 0) < 800, 'the chart in lanes is the desktop view');

	test.beforeEach(async ({ page }) => {
		await page.goto('/timeline/');
		await ready(page);
	});

	test('by mouse: hovering an unlabelled event shows its title and card; clicking opens it, in the address and in view', async ({
		page
	}) => {
		// An unlabelled mark with nothing over its middle, the chart in view.
		await chart(page).evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
		const index = await chart(page)
			.locator('[role="option"]')
			.evaluateAll((options) =>
				options.findIndex((option) => {
					if (option.querySelector('text.label')) return false;
					const { left, top, width, height } = option.querySelector('.hit')!.getBoundingClientRect();
					const hit = document.elementFromPoint(left + width / 2, top + height / 2);
					return !!hit && option.contains(hit);
				})
			);
		expect(index).toBeGreaterThanOrEqual(0);
		const unlabelled = chart(page).locator('[role="option"]').nth(index);
		const name = (await unlabelled.getAttribute('aria-label'))!;
		const title = [...titles].find((t) => name.startsWith(`${t}, `))!;
		await unlabelled.locator('.hit').hover();
		await expect(chart(page).locator('.passing')).toContainText(title.split(' ')[0]!);
		await expect(card(page).locator('.title')).toHaveText(title);
		const mark = chart(page).getByRole('option', { name: new RegExp(`^${escape(maduro.title)}`) });
		await mark.locator('.hit').click();
		await expect(page).toHaveURL(new RegExp(`#event-${maduro.id}$`));
		await expect(mark).toHaveAttribute('aria-selected', 'true');
		await expect(card(page).locator('.title')).toHaveText(maduro.title);
		await expect(card(page)).toBeInViewport();
	});

	test('by keyboard: one tab stop, one highlight, arrows move in time order, Enter opens into view, Escape closes', async ({
		page
	}) => {
		await chart(page).focus();
		await expect(card(page).locator('.title')).toHaveText(byDate[0]!.title);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`#event-${byDate[1]!.id}$`));
		await expect(card(page)).toBeInViewport();
		await page.keyboard.press('ArrowRight');
		// The opened event is no longer drawn as current: only the active one is.
		await expect(chart(page).locator('.mark.current')).toHaveCount(1);
		await expect(chart(page).locator('.mark.current')).toHaveAttribute('aria-selected', 'false');
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/#event-/);
		// One tab stop: the next Tab leaves the chart for the next control.
		await page.keyboard.press('Tab');
		await expect(chart(page)).not.toBeFocused();
		await expect(chart(page).locator('[tabindex]')).toHaveCount(0);
	});

	test('zoom in goes where the events are; the range is in the address and comes back on reload', async ({
		page
	}) => {
		const range = page.locator('.timeline-chart .range');
		await expect(range).toHaveText(whole);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		// From the whole history, to the era with the most events: the latest.
		await expect(range).toHaveText(showing(latestEra.start, latestEra.end));
		await expect(page).toHaveURL(/\?from=2025-01&to=2026-10$/);
		for (let i = 0; i < 3; i++) {
			await page.getByRole('button', { name: 'Zoom in' }).click();
			expect(await chart(page).getByRole('option').count()).toBeGreaterThan(2);
		}
		const zoomed = await range.textContent();
		await expect(page).toHaveURL(/\?from=\d{4}-\d{2}(-\d{2})?&to=\d{4}-\d{2}(-\d{2})?$/);
		await page.reload();
		await ready(page);
		await expect(range).toHaveText(zoomed!);
		// Eras and zooming out, back to the whole history (and an address without a range).
		await page.getByRole('button', { name: latestEra.label }).click();
		await expect(page.getByRole('button', { name: latestEra.label })).toHaveAttribute('aria-pressed', 'true');
		const zoomOut = page.getByRole('button', { name: 'Zoom out' });
		for (let i = 0; i < 10 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
		await expect(page.getByRole('button', { name: 'All history' })).toHaveAttribute('aria-pressed', 'true');
		await expect(range).toHaveText(whole);
		await expect(page).toHaveURL(/\/timeline\/$/);
	});

	test('an invalid range in the address is ignored, without an error', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/timeline/?from=2026-13&to=<b>');
		await ready(page);
		await expect(page.locator('.timeline-chart .range')).toHaveText(whole);
		await page.goto('/timeline/?from=2025-06&to=2025-01');
		await ready(page);
		await expect(page.locator('.timeline-chart .range')).toHaveText(whole);
		expect(errors).toEqual([]);
	});

	test('a fragment that names no event (the skip link’s #content, a malformed or removed one) is ignored, without an error', async ({
		page
	}) => {
		for (const fragment of ['#content', '#event-%', '#event-nonexistent', '#event-__proto__', '#other']) {
			const errors: string[] = [];
			const onError = (error: Error) => errors.push(error.message);
			page.on('pageerror', onError);
			// A fresh load each time: a change of fragment alone would not reload the page.
			await page.goto('about:blank');
			await page.goto(`/timeline/${fragment}`);
			await ready(page);
			await expect(page.locator('.timeline-chart .range')).toHaveText(whole);
			// The fragment is not the page's to rewrite: it stays as it was.
			expect(new URL(page.url()).hash).toBe(fragment);
			// Selecting an event afterwards works, and puts it in the address.
			await chart(page)
				.getByRole('option', { name: new RegExp(`^${escape(maduro.title)}`) })
				.locator('.hit')
				.click();
			await expect(page).toHaveURL(new RegExp(`#event-${maduro.id}$`));
			page.off('pageerror', onError);
			expect(errors, fragment).toEqual([]);
		}
	});

	test('a deep link opens the timeline on that event, zoomed to its era', async ({ page }) => {
		await page.goto(`/timeline/#event-${maduro.id}`);
		await ready(page);
		await expect(card(page).locator('.title')).toHaveText(maduro.title);
		await expect(page.locator('.timeline-chart .range')).toHaveText(showing(latestEra.start, latestEra.end));
	});

	test('filtering by category hides those events from the chart and the list', async ({ page }) => {
		const trade = timeline.categories.find((c) => c.id === 'trade')!;
		const tradeEvents = timeline.events.filter((e) => e.category === 'trade');
		const before = await chart(page).getByRole('option').count();
		await page.getByText('Topics shown: 9 of 9').click();
		await page.getByLabel(trade.label, { exact: true }).uncheck();
		await expect(chart(page).getByRole('option')).toHaveCount(before - tradeEvents.length);
		await expect(page.getByText('Topics shown: 8 of 9')).toBeVisible();
		await expect(page.locator(`#event-${tradeEvents[0]!.id}`)).toBeHidden();
	});

	test('the key names every marker style and the break in the scale', async ({ page }) => {
		const key = page.locator('.timeline-chart .key');
		for (const text of [
			...timeline.lanes.map((l) => l.label),
			'Cited by the motion',
			'Lasted more than a day'
		])
			await expect(key).toContainText(text);
		await expect(key).toContainText('Scale changes at each era');
		await expect(page.locator('.timeline-chart path.break')).toHaveCount(timeline.eras.length - 1 + 1);
		for (const era of timeline.eras.slice(1))
			await expect(
				page
					.locator('.timeline-chart .era-label')
					.filter({ hasText: era.label.split(' ')[0]! })
					.first()
			).toBeVisible();
	});
});

test.describe('phone', () => {
	test.skip(({ viewport }) => (viewport?.width ?? 0) >= 800, 'the chart read downwards is the phone view');

	test('draws the timeline downwards, opening on the latest era, its first US action within two screens', async ({
		page
	}) => {
		await page.goto('/timeline/');
		await ready(page);
		await expect(chart(page)).toHaveCount(0);
		await expect(vertical(page).getByRole('option')).toHaveCount(inLatestEra.length);
		await expect(page.locator('.timeline-vertical svg.mark')).toHaveCount(inLatestEra.length);
		const mark = vertical(page)
			.getByRole('option', { name: new RegExp(`^${escape(firstUsAction.title)}`) })
			.locator('svg.mark');
		const top = await mark.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
		expect(top).toBeLessThan(2 * 844);
		// The earlier history, on request.
		await page.getByRole('button', { name: /^Earlier history \(1949–2024\)/ }).click();
		await expect(vertical(page).getByRole('option')).toHaveCount(timeline.events.length);
		await expect(page.getByRole('button', { name: 'Hide the earlier history' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
	});

	test('tapping an event opens its card in view; the keyboard moves, opens and closes', async ({ page }) => {
		await page.goto('/timeline/');
		await ready(page);
		const option = vertical(page).getByRole('option', { name: new RegExp(`^${escape(maduro.title)}`) });
		await option.tap();
		const sheet = page.locator('.timeline-vertical .sheet');
		await expect(sheet.locator('.title')).toHaveText(maduro.title);
		await expect(sheet).toBeInViewport();
		await expect(page).toHaveURL(new RegExp(`#event-${maduro.id}$`));
		await sheet.getByRole('button', { name: 'Close' }).tap();
		await expect(sheet).toHaveCount(0);
		await vertical(page).focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		const next = inLatestEra[inLatestEra.indexOf(maduro) + 1]!;
		await expect(page).toHaveURL(new RegExp(`#event-${next.id}$`));
		await expect(sheet).toBeInViewport();
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/#event-/);
	});
});

test.describe('deep links and ids', () => {
	test('a link to an event lands with its date and lane in view, under no sticky heading', async ({
		page
	}) => {
		await page.goto(`/timeline/#event-${hague.id}`);
		await ready(page);
		const article = page.locator(`#event-${hague.id}`);
		await expect(article).toBeInViewport();
		const lane = timeline.lanes.find((l) => l.id === hague.lane)!.label;
		for (const part of [
			article.locator(`time[datetime="${hague.date}"]`),
			article.locator('.lane', { hasText: lane })
		]) {
			await expect(part).toBeInViewport();
			// Nothing (the sticky era heading) lies over it.
			const onTop = await part.evaluate((el) => {
				const { left, top, width, height } = el.getBoundingClientRect();
				const hit = document.elementFromPoint(left + width / 2, top + height / 2);
				return !!hit && (hit === el || el.contains(hit));
			});
			expect(onTop).toBe(true);
		}
	});

	for (const path of ['/timeline/', '/embed/v1/timeline/'])
		test(`${path} has no id twice`, async ({ page }) => {
			await page.goto(path);
			expect(await duplicateIds(page)).toEqual([]);
		});

	test('/timeline/ with an event open has no accessibility violations', async ({ page }) => {
		test.setTimeout(60_000);
		await page.goto(`/timeline/#event-${maduro.id}`);
		await ready(page);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the chart is drawn, and every event is in the list with its date, certainty and sources', async ({
		page
	}) => {
		await page.goto('/timeline/');
		await expect(wide(page) ? chart(page) : vertical(page)).toBeVisible();
		if (!wide(page)) {
			// The earlier history is a link to its place in the list.
			await expect(page.getByRole('button', { name: /^Earlier history/ })).toHaveAttribute(
				'href',
				`#era-${timeline.eras[0]!.id}`
			);
		}
		const items = page.locator('.timeline-list article');
		await expect(items).toHaveCount(timeline.events.length);
		for (const item of (await items.all()).slice(0, 5)) {
			await expect(item.locator('time').first()).toHaveAttribute('datetime', /^\d{4}/);
			await expect(item.locator('.certainty')).not.toBeEmpty();
			await expect(item.locator('sup.cite a').first()).toHaveAttribute('href', /#source-/);
		}
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
