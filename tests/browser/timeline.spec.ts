/**
 * The timeline: mouse, keyboard, zoom and eras, category filters and deep links, at desktop width (the
 * chart) and phone width (the list). Expectations are read from content/data/timeline.json.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

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
	eras: { id: string; label: string; start: string; end: string }[];
	categories: { id: string; label: string }[];
};
const maduro = timeline.events.find((e) => e.citedByMotion && e.category === 'military-action')!;
const latestEra = timeline.eras.at(-1)!;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Mon YYYY" of the first or last month a partial date covers, as the chart writes its range. */
const monthOf = (date: string, edge: 'first' | 'last') =>
	`${months[Number(date.slice(5, 7) || (edge === 'first' ? 1 : 12)) - 1]} ${date.slice(0, 4)}`;
const showing = (start: string, end: string) =>
	`Showing ${monthOf(start, 'first')} to ${monthOf(end, 'last')}`;
const whole = showing(timeline.eras[0]!.start, latestEra.end);
const chart = (page: Page) => page.getByRole('listbox', { name: /Timeline of events/ });
const card = (page: Page) => page.locator('.timeline-chart .card');

test.describe('desktop', () => {
	test.skip(({ viewport }) => (viewport?.width ?? 0) < 800, 'the chart is the desktop view');

	test.beforeEach(async ({ page }) => {
		await page.goto('/timeline/');
		await expect(page.locator('article[data-ready="true"]')).toBeAttached();
	});

	test('by mouse: hovering an event shows its card, clicking opens it and puts it in the address', async ({
		page
	}) => {
		const mark = chart(page).getByRole('option', { name: new RegExp(`^${escape(maduro.title)}`) });
		await mark.locator('text').hover();
		await expect(card(page).locator('.title')).toHaveText(maduro.title);
		await expect(card(page)).toContainText('Cited by the motion');
		await mark.locator('text').click();
		await expect(page).toHaveURL(new RegExp(`#event-${maduro.id}$`));
		await expect(mark).toHaveAttribute('aria-selected', 'true');
	});

	test('by keyboard: one tab stop, arrows move between events in time order, Enter opens, Escape closes', async ({
		page
	}) => {
		await chart(page).focus();
		const first = timeline.events[0]!;
		await expect(card(page).locator('.title')).toHaveText(first.title);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`#event-${timeline.events[1]!.id}$`));
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/#event-/);
	});

	test('zoom buttons and eras change the range shown, and say which', async ({ page }) => {
		const range = page.locator('.timeline-chart .range');
		await expect(range).toHaveText(whole);
		await page.getByRole('button', { name: latestEra.label }).click();
		await expect(range).toHaveText(showing(latestEra.start, latestEra.end));
		await expect(page.getByRole('button', { name: latestEra.label })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(range).not.toHaveText(showing(latestEra.start, latestEra.end));
		await page.getByRole('button', { name: /^← Earlier/ }).click();
		// Each step doubles the range; zooming out far enough returns to the whole history.
		const zoomOut = page.getByRole('button', { name: 'Zoom out' });
		for (let i = 0; i < 10 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
		await expect(zoomOut).toBeDisabled();
		await expect(page.getByRole('button', { name: 'All history' })).toHaveAttribute('aria-pressed', 'true');
		await expect(range).toHaveText(whole);
	});

	test('a deep link opens the timeline on that event, zoomed to its era', async ({ page }) => {
		await page.goto(`/timeline/#event-${maduro.id}`);
		await expect(page.locator('article[data-ready="true"]')).toBeAttached();
		await expect(card(page).locator('.title')).toHaveText(maduro.title);
		await expect(page.locator('.timeline-chart .range')).toHaveText(showing(latestEra.start, latestEra.end));
	});

	test('filtering by category hides those events from the chart and the list', async ({ page }) => {
		const trade = timeline.categories.find((c) => c.id === 'trade')!;
		const tradeEvents = timeline.events.filter((e) => e.category === 'trade');
		const before = await chart(page).getByRole('option').count();
		await page.getByLabel(trade.label, { exact: true }).uncheck();
		await expect(chart(page).getByRole('option')).toHaveCount(before - tradeEvents.length);
		await expect(page.locator(`#event-${tradeEvents[0]!.id}`)).toBeHidden();
	});
});

test.describe('phone', () => {
	test.skip(({ viewport }) => (viewport?.width ?? 0) >= 800, 'the list is the phone view');

	test('shows the events as an ordered list of dated articles, and a deep link lands on its event', async ({
		page
	}) => {
		await page.goto(`/timeline/#event-${maduro.id}`);
		await expect(chart(page)).toBeHidden();
		await expect(page.locator('.timeline-list ol > li > article')).toHaveCount(timeline.events.length);
		const article = page.locator(`#event-${maduro.id}`);
		await expect(article).toBeInViewport();
		await expect(article.locator(`time[datetime="${maduro.date}"]`)).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every event is in the list with its date, certainty and sources', async ({ page }) => {
		await page.goto('/timeline/');
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
