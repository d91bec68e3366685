/**
 * Every step of the story, read where it lands (from its address, as Previous and Next take a reader there), at
 * phone and desktop sizes: its text whole on screen with nothing of the page over any of its lines, its graphic
 * beside it or above it and not cut off, and one step-control bar at most on screen.
 */
import { expect, test, type Page } from '@playwright/test';

const activeSteps = (page: Page) =>
	page.locator('[data-step][data-active] [data-step-anchor]').evaluateAll((els) => els.map((el) => el.id));

/** What is wrong with the step `id` as it shows now: an empty list when it reads as it should. */
function problemsOf(id: string): string[] {
	const problems: string[] = [];
	const text = document.getElementById(id)!;
	const [w, h] = [innerWidth, innerHeight];
	const name = (el: Element | null) =>
		el ? `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}>` : 'nothing';

	// Each line of the text: on screen, and the topmost thing at its start, middle and end is the text itself.
	const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (!node.textContent?.trim()) continue;
		range.selectNodeContents(node);
		for (const line of range.getClientRects()) {
			if (line.width < 2) continue;
			const where = `"${node.textContent.trim().slice(0, 30)}" at y=${Math.round(line.top)}`;
			if (line.top < 0 || line.bottom > h) {
				problems.push(`text off screen: ${where}`);
				continue;
			}
			for (const x of [line.left + 1, (line.left + line.right) / 2, line.right - 1]) {
				const top = document.elementFromPoint(x, (line.top + line.bottom) / 2);
				if (!top || !text.contains(top)) {
					problems.push(`text covered by ${name(top)}: ${where}`);
					break;
				}
			}
		}
	}

	// The step controls: one bar at most on screen.
	const bars = [...document.querySelectorAll('.scrolly-controls')].filter((bar) => {
		const box = bar.getBoundingClientRect();
		const style = getComputedStyle(bar);
		return (
			box.bottom > 0 && box.top < h && box.height > 0 && style.display !== 'none' && Number(style.opacity) > 0
		);
	});
	if (bars.length > 1) problems.push(`${bars.length} step-control bars on screen`);

	// The graphic, as drawn (the union of its visible parts): whole inside its figure, on screen, and above the
	// text (phones) or beside it (wider screens), never under it.
	const step = text.closest('[data-step]')!;
	const figure = step.querySelector('.step-figure')!;
	const graphic = step.querySelector('.step-graphic')!;
	const parts = [...graphic.querySelectorAll('*')]
		.filter((el) => el.checkVisibility({ visibilityProperty: true }))
		.map((el) => el.getBoundingClientRect())
		.filter((box) => box.width > 0 && box.height > 0);
	const drawn = {
		top: Math.min(...parts.map((b) => b.top)),
		bottom: Math.max(...parts.map((b) => b.bottom)),
		left: Math.min(...parts.map((b) => b.left)),
		right: Math.max(...parts.map((b) => b.right))
	};
	const frame = figure.getBoundingClientRect();
	const card = text.getBoundingClientRect();
	if (drawn.bottom > frame.bottom + 1)
		problems.push(
			`graphic cut off: drawn to ${Math.round(drawn.bottom)}, figure ends ${Math.round(frame.bottom)}`
		);
	if (drawn.top < -1 || drawn.bottom > h + 1 || drawn.left < -1 || drawn.right > w + 1)
		problems.push('graphic not wholly on screen');
	const beside = drawn.left >= card.right - 1 || drawn.right <= card.left + 1;
	const above = drawn.bottom <= card.top + 1;
	if (!beside && !above) problems.push('graphic under the text');
	for (const bar of bars) {
		const box = bar.getBoundingClientRect();
		const overlaps =
			box.left < drawn.right && box.right > drawn.left && box.top < drawn.bottom && box.bottom > drawn.top;
		if (overlaps) problems.push('step controls over the graphic');
	}
	return problems;
}

test('every step lands readable: its text uncovered and on screen, its graphic beside or above it, one bar at most', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-scrolly-mode', 'sticky');
	const ids = await page.locator('[data-step-anchor]').evaluateAll((els) => els.map((el) => el.id));
	expect(ids.length).toBeGreaterThan(20);
	const problems: string[] = [];
	for (const id of ids) {
		await page.goto('about:blank');
		await page.goto(`/#${id}`);
		await expect.poll(() => activeSteps(page)).toEqual([id]);
		await expect(page.locator(`[data-step]:has(> #${id}) .step-figure`)).toHaveCSS('opacity', '1');
		await page.evaluate(() => document.fonts.ready);
		problems.push(...(await page.evaluate(problemsOf, id)).map((problem) => `${id}: ${problem}`));
	}
	expect(problems).toEqual([]);
});

test('Next at the end of a chapter goes on to the next chapter, Previous comes back', async ({ page }) => {
	await page.goto('/#why-now-filed');
	await expect.poll(() => activeSteps(page)).toEqual(['why-now-filed']);
	const whyNow = page.getByRole('group', { name: /Why now/ });
	await whyNow.getByRole('button', { name: 'Next' }).click();
	await expect.poll(() => activeSteps(page)).toEqual(['seats-assembly']);
	await expect(page).toHaveURL(/#seats-assembly$/);
	// The next chapter's bar shows, and has the focus; the last chapter's is gone.
	const seats = page.getByRole('group', { name: /Could the motion pass/ });
	await expect(seats.getByRole('button', { name: 'Next' })).toBeFocused();
	await expect(whyNow).toHaveCSS('opacity', '0');
	await seats.getByRole('button', { name: 'Previous' }).click();
	await expect.poll(() => activeSteps(page)).toEqual(['why-now-filed']);
	// The story's progress along the bar: the eighth of all its steps.
	const total = await page.locator('[data-step]').count();
	await expect
		.poll(() =>
			whyNow.evaluate((bar) => Number((bar as HTMLElement).style.getPropertyValue('--story-progress')))
		)
		.toBeCloseTo(8 / total, 5);
	// The status shows on phones too.
	await expect(whyNow.locator('[data-scrolly-status]')).toBeVisible();
	await expect(whyNow.locator('[data-scrolly-status]')).toHaveText('Step 8 of 8');
});
