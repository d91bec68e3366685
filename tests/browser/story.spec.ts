/**
 * The scrolly story: whichever way a reader arrives at a step (scrolling, a reload, a link to its address,
 * Back, the previous/next buttons, switching to the plain article) they land on that step's state.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { assembly } from './assemblyData';

const activeSteps = (page: Page) =>
	page.locator('[data-step][data-active] [data-step-anchor]').evaluateAll((els) => els.map((el) => el.id));
const figureOf = (page: Page, id: string) => page.locator(`[data-step]:has(> #${id}) .step-figure`);

/** Waits until `id` is the only active step, its figure shows, and the address names it. */
async function expectOnStep(page: Page, id: string) {
	await expect.poll(() => activeSteps(page)).toEqual([id]);
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
	await expect(figureOf(page, id)).toBeVisible();
	if ((await page.locator('html').getAttribute('data-scrolly-mode')) === 'sticky')
		await expect(figureOf(page, id)).toHaveCSS('opacity', '1');
	await expect(page.locator(`#${id}`)).toBeInViewport();
}

test.describe('with JavaScript', () => {
	test('scrolling through a scrolly shows one step state at a time, in the address', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-scrolly-mode', 'sticky');
		const ids = await page
			.locator('[data-scrolly]')
			.nth(1)
			.locator('[data-step-anchor]')
			.evaluateAll((els) => els.map((el) => el.id));
		expect(ids[0]).toBe('seats-assembly');
		for (const id of ids) {
			await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await expectOnStep(page, id);
			// Only the active step's figure shows; the others in its scrolly are hidden.
			for (const other of ids.filter((o) => o !== id))
				await expect(figureOf(page, other)).toHaveCSS('opacity', '0');
		}
	});

	test('a link to a step lands on it at once, and a reload stays there', async ({ page }) => {
		await page.goto('/#seats-left');
		await expectOnStep(page, 'seats-left');
		await page.reload();
		await expectOnStep(page, 'seats-left');
		// A reload after scrolling to another step lands on that one.
		await page.locator('#positions-rn').evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await expectOnStep(page, 'positions-rn');
		await page.reload();
		await expectOnStep(page, 'positions-rn');
	});

	test('a malformed or unknown fragment leaves the story working: figures still follow the steps', async ({
		page
	}) => {
		for (const fragment of ['#%', '#seats-left%', '#%E0%A4%A', '#content', '#no-such-step']) {
			const errors: string[] = [];
			const onError = (error: Error) => errors.push(error.message);
			page.on('pageerror', onError);
			// A fresh load each time: a change of fragment alone would not reload the page.
			await page.goto('about:blank');
			await page.goto(`/${fragment}`);
			await page.locator('#seats-left').evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await expectOnStep(page, 'seats-left');
			await expect(figureOf(page, 'seats-left')).toHaveCSS('opacity', '1');
			page.off('pageerror', onError);
			expect(errors, fragment).toEqual([]);
		}
	});

	test('a jump far down the story does not pass through the steps in between', async ({ page }) => {
		await page.goto('/#why-now-history');
		await expectOnStep(page, 'why-now-history');
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { seen: string[] }).seen = seen;
			// Every step that becomes active, in order.
			new MutationObserver((records) => {
				for (const r of records)
					if (r.oldValue === null && (r.target as Element).hasAttribute('data-step'))
						seen.push((r.target as Element).querySelector('[data-step-anchor]')!.id);
			}).observe(document.body, { subtree: true, attributeFilter: ['data-active'], attributeOldValue: true });
			location.hash = '#exit-treaty';
		});
		await expectOnStep(page, 'exit-treaty');
		expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
			'exit-treaty'
		]);
		// A fast fling to the end of the page leaves no step active and no step in the address.
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await expect.poll(() => activeSteps(page)).toEqual([]);
		await expect(page).not.toHaveURL(/#/);
	});

	test('previous and next step from the keyboard, and Back returns to the step before', async ({ page }) => {
		await page.goto('/#why-now-history');
		await expectOnStep(page, 'why-now-history');
		const controls = page.getByRole('group', { name: /Why now/ });
		const next = controls.getByRole('button', { name: /Next/ });
		await expect(controls.locator('[data-scrolly-status]')).toHaveText('Step 1 of 8');
		await next.focus();
		await page.keyboard.press('Enter');
		await expectOnStep(page, 'why-now-1966');
		await expect(controls.locator('[data-scrolly-status]')).toHaveText('Step 2 of 8');
		await expect(page.locator('[data-scrolly-live]').first()).toContainText('Step 2 of 8');
		await page.keyboard.press('Enter');
		await expectOnStep(page, 'why-now-2009');
		await page.goBack();
		await expectOnStep(page, 'why-now-1966');
		await controls.getByRole('button', { name: /Previous/ }).click();
		await expectOnStep(page, 'why-now-history');
		await expect(controls.getByRole('button', { name: /Previous/ })).toBeDisabled();
	});

	test('the plain-article toggle keeps the reader on the same step, and is remembered', async ({ page }) => {
		await page.goto('/#seats-right');
		await expectOnStep(page, 'seats-right');
		// The toggle rides in the step controls, stuck to the bottom of the window.
		const toggle = page.getByRole('group', { name: /Could the motion pass/ }).getByRole('button', {
			name: 'Plain article'
		});
		await expect(toggle).toBeInViewport();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(page.locator('html')).toHaveAttribute('data-scrolly-mode', 'article');
		await expectOnStep(page, 'seats-right');
		// In the article every step's figure is in the flow, not stacked in one sticky place.
		await expect(figureOf(page, 'seats-lfi')).toBeVisible();
		await expect(figureOf(page, 'seats-lfi')).toHaveCSS('opacity', '1');
		await expect(figureOf(page, 'seats-right')).toHaveCSS('position', 'static');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-scrolly-mode', 'article');
		await expectOnStep(page, 'seats-right');
		await expect(toggle).toBeInViewport();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await toggle.click();
		await expect(page.locator('html')).toHaveAttribute('data-scrolly-mode', 'sticky');
		await expectOnStep(page, 'seats-right');
		await expect(figureOf(page, 'seats-lfi')).toHaveCSS('opacity', '0');
	});

	test('turning the phone or resizing the window keeps the reader on the same step', async ({ page }) => {
		await page.goto('/#positions-rn');
		await expectOnStep(page, 'positions-rn');
		const size = page.viewportSize()!;
		await page.setViewportSize({ width: size.height, height: size.width });
		await expectOnStep(page, 'positions-rn');
		await page.setViewportSize(size);
		await expectOnStep(page, 'positions-rn');
	});

	test('has no axe violations mid-story, in both reading modes', async ({ page }) => {
		// Two full axe runs over the whole story: slow on a busy two-core machine.
		test.setTimeout(90_000);
		const axe = async () =>
			(
				await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze()
			).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		await page.goto('/#seats-scenario');
		await expectOnStep(page, 'seats-scenario');
		expect(await axe()).toEqual([]);
		await page
			.getByRole('group', { name: /Could the motion pass/ })
			.getByRole('button', { name: 'Plain article' })
			.click();
		await expectOnStep(page, 'seats-scenario');
		// The bar of the chapter being read fades in (0.2 s): measure its colours once it is shown.
		await expect(page.locator('section[data-current] .scrolly-controls')).toHaveCSS('opacity', '1');
		expect(await axe()).toEqual([]);
	});

	test('readers who prefer reduced motion get the plain article', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/#exit-command');
		await expect(page.locator('html')).toHaveAttribute('data-scrolly-mode', 'article');
		await expectOnStep(page, 'exit-command');
		await expect(figureOf(page, 'exit-resolution')).toBeVisible();
	});

	test('every step has alt text generated from its state', async ({ page }) => {
		await page.goto('/');
		const steps = page.locator('[data-step]');
		expect(await steps.count()).toBeGreaterThanOrEqual(20);
		for (const step of await steps.all()) {
			const alt = await step.getAttribute('data-alt');
			expect(alt!.length).toBeGreaterThan(40);
			await expect(step.locator('.step-alt')).toHaveText(alt!);
		}
		const left = ['LFI-NFP', 'GDR', 'EcoS', 'SOC'];
		const seats = assembly.compositions.at(-1)!.seats;
		await expect(page.locator('[data-step]:has(> #seats-left)')).toHaveAttribute(
			'data-alt',
			new RegExp(
				`${left.map((id) => `${id} \\(${seats[id]}\\)`).join(', ')}; ${left.reduce((sum, id) => sum + seats[id]!, 0)} seats in all`
			)
		);
		await expect(page.locator('[data-step]:has(> #why-now-greenland)')).toHaveAttribute(
			'data-alt',
			/White House: using the military is .always an option. on Greenland, 6 January 2026/
		);
	});

	test('printing shows every step with its figure, without the scrolly controls', async ({ page }) => {
		await page.goto('/#seats-left');
		await page.emulateMedia({ media: 'print' });
		for (const id of ['seats-assembly', 'seats-left', 'exit-treaty'])
			await expect(figureOf(page, id)).toBeVisible();
		await expect(page.locator('.scrolly-controls').first()).toBeHidden();
	});

	test('the vote simulator loads in place when asked for, and only then', async ({ page }) => {
		const loaded: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/elements/')) loaded.push(request.url());
		});
		await page.goto('/');
		const button = page.getByRole('button', { name: 'Or simulate the vote here, without leaving the story' });
		await button.scrollIntoViewIfNeeded();
		expect(loaded).toEqual([]);
		await button.click();
		const simulator = page.locator('nato-hemicycle');
		await expect(simulator.getByRole('listbox')).toBeVisible();
		expect(loaded).toHaveLength(1);
		await expect(page.getByRole('region', { name: 'Seat chart and vote simulator' })).toBeFocused();
		await expect(button).toBeHidden();
		await expect(simulator).toContainText('These are scenarios, not forecasts');
		await simulator.getByLabel(/Scenario: LFI alone/).check();
		await expect(simulator.getByLabel(/Scenario: LFI alone/)).toBeChecked();
		await expect(simulator.locator('.outcome')).toContainText('Fails');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story is a plain article: each step, then its figure and caption, no controls', async ({
		page
	}) => {
		await page.goto('/#seats-left');
		await expect(page.locator('html')).not.toHaveAttribute('data-scrolly-mode', /./);
		const figures = page.locator('.step-figure');
		expect(await figures.count()).toBeGreaterThanOrEqual(20);
		for (const figure of await figures.all()) {
			await expect(figure).toBeVisible();
			await expect(figure.locator('svg, ol, .argument-columns').first()).toBeVisible();
			await expect(figure.locator('.step-alt')).not.toBeEmpty();
		}
		await expect(page.locator('.scrolly-controls').first()).toBeHidden();
		await expect(page.locator('#seats-left')).toBeInViewport();
		// The simulator needs JavaScript: its button stays hidden, and the link to the full page is there.
		await expect(page.getByRole('button', { name: /simulate the vote here/ })).toBeHidden();
		await expect(page.getByRole('link', { name: /simulate the vote yourself/ })).toBeVisible();
	});
});
