/**
 * The seat balance, the recorded ballots and the vote simulator, driven as a reader would: by mouse, by
 * keyboard alone, through a shared URL and the Back button. Expected counts are worked out here from
 * content/data (assembly.json, assembly-compositions.json, assembly-ballots.json), independently of the
 * simulator's own arithmetic.
 */
import { expect, test, type Page } from '@playwright/test';
import { assembly, englishDate } from './assemblyData';

const latest = assembly.compositions.at(-1)!;
const first = assembly.compositions[0]!;
const groupIds = assembly.groups.map((g) => g.id);
const seatsOf = (ids: string[], composition = latest) =>
	ids.reduce((sum, id) => sum + (composition.seats[id] ?? 0), 0);
const idsInBlocs = (...blocs: string[]) =>
	assembly.groups.filter((g) => blocs.includes(g.bloc)).map((g) => g.id);
const filled = seatsOf(groupIds);
const majority = (n: number) => Math.floor(n / 2) + 1;

/** Each group's share of members who took part, over all the Article 34-1 ballots, in whole percents. */
const observedPercent = Object.fromEntries(
	groupIds.map((id) => {
		const rows = assembly.resolutions.flatMap((b) => b.groups.filter((g) => g.group === id));
		const took = rows.reduce((sum, g) => sum + g.for + g.against + g.abstain, 0);
		const members = rows.reduce((sum, g) => sum + g.members, 0);
		return [id, Math.round((took / members) * 100)];
	})
);
/** Deputies of a group present when a share `percent` of its members turn out (the simulator rounds the same way). */
const present = (id: string, percent: number) => Math.round((seatsOf([id]) * percent) / 100);

const seatChart = (page: Page) => page.locator('#seat-balance');
const verdict = (page: Page) => page.locator('.outcome .verdict');
const counts = (page: Page) => page.locator('.outcome .counts');
const everyoneVotes = (page: Page) => page.getByLabel('Every deputy votes').check();

test.beforeEach(async ({ page, javaScriptEnabled }) => {
	await page.goto('/seats/');
	// Interaction starts once the page has hydrated.
	if (javaScriptEnabled) await expect(page.locator('article[data-ready="true"]')).toBeAttached();
});

test('draws every seat of the Assembly on its newest recorded date, vacant seats included, and the majority mark', async ({
	page
}) => {
	const chart = seatChart(page);
	await expect(chart.locator('svg.seats circle.seat')).toHaveCount(filled + latest.vacant);
	await expect(chart.locator('svg.seats circle.vacant')).toHaveCount(latest.vacant);
	// The simulated vote counts a majority of the votes cast by default: no count of seats, so no seat line.
	await expect(chart.locator('.majority-label')).toHaveCount(0);
	await expect(chart.getByRole('option')).toHaveCount(assembly.groups.length);
	await expect(page.getByRole('slider', { name: /Assembly as of/ })).toHaveAttribute(
		'aria-valuetext',
		new RegExp(`^${englishDate(latest.date)} `)
	);
	await expect(chart.locator('figcaption')).toContainText(`Data as of ${englishDate(latest.date)}`);
});

test('by keyboard: the date control steps through every composition and says what changed', async ({
	page
}) => {
	const slider = page.getByRole('slider', { name: /Assembly as of/ });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${englishDate(first.date)} `));
	await expect(seatChart(page).locator('.key li', { hasText: 'RN' })).toContainText(String(first.seats.RN));
	await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(first.id);

	await page.keyboard.press('ArrowRight');
	const second = assembly.compositions[1]!;
	const moved = groupIds
		.filter((id) => first.seats[id] !== second.seats[id])
		.map((id) => `${id} ${first.seats[id]} → ${second.seats[id]}`);
	const note = page.locator('.composition-control .note');
	await expect(note).toContainText(`Since ${englishDate(first.date)}: ${moved.join(', ')}`);
	const secondSeated = seatsOf(groupIds, second);
	await expect(note).toContainText(
		`${secondSeated} deputies seated: a majority of them is ${majority(secondSeated)}; of the full house, ${majority(assembly.totalSeats)}.`
	);

	await page.keyboard.press('End');
	await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${englishDate(latest.date)} `));
	await expect(note).toContainText(`${latest.vacant} seats vacant`);
});

test('by mouse: hovering a group highlights its seats and names it, with its party, seats and share', async ({
	page
}) => {
	const rn = seatChart(page).getByRole('option', { name: /\(RN\)/ });
	await rn.locator('circle').first().hover();
	await expect(seatChart(page).locator('p.info')).toContainText(
		`RN National Rally (Rassemblement national): ${latest.seats.RN} seats`
	);
	await expect(seatChart(page).locator('.group.dimmed')).toHaveCount(
		assembly.groups.length - 1 + (latest.vacant > 0 ? 1 : 0)
	);
	await rn.locator('circle').first().click();
	await expect(rn).toHaveAttribute('aria-selected', 'true');
});

test('by default each group turns out as on the recorded Article 34-1 ballots, and the outcome follows', async ({
	page
}) => {
	await expect(page.getByLabel(/As on comparable resolutions/)).toBeChecked();
	await page.getByLabel(/Scenario: LFI alone/).check();
	const votesFor = present('LFI-NFP', observedPercent['LFI-NFP']!);
	const against = groupIds
		.filter((id) => id !== 'LFI-NFP')
		.reduce((sum, id) => sum + present(id, observedPercent[id]!), 0);
	await expect(counts(page)).toHaveText(
		`${votesFor} for, ${against} against, 0 abstaining, ${filled - votesFor - against} absent`
	);

	// The same scenario under each recorded ballot's own turnouts, group by group.
	const passes = assembly.resolutions.filter((ballot) => {
		const share = (id: string) => {
			const g = ballot.groups.find((x) => x.group === id);
			return g && g.members > 0 ? (g.for + g.against + g.abstain) / g.members : 1;
		};
		const count = (id: string) => Math.round(seatsOf([id]) * share(id));
		const yes = count('LFI-NFP');
		const no = groupIds.filter((id) => id !== 'LFI-NFP').reduce((sum, id) => sum + count(id), 0);
		return yes > no;
	}).length;
	await expect(page.locator('.explain .observed')).toHaveText(
		`Under the turnout of each of the ${assembly.resolutions.length} Article 34-1 ballots, this scenario passes in ${passes} of ${assembly.resolutions.length}.`
	);
	await page.getByText('Ballot by ballot').click();
	await expect(page.locator('.runs li')).toHaveCount(assembly.resolutions.length);
});

test('by mouse: a scenario preset gives the outcome the seat counts imply, and says what it would take', async ({
	page
}) => {
	await everyoneVotes(page);
	await page.getByLabel(/Scenario: the left alliance and the RN vote for/).check();
	const votesFor = seatsOf(idsInBlocs('nfp', 'rn'));
	const against = filled - votesFor;
	await expect(verdict(page)).toHaveText(`Passes by ${votesFor - against} votes`);
	await expect(counts(page)).toHaveText(`${votesFor} for, ${against} against, 0 abstaining, 0 absent`);

	await page.getByLabel(/Scenario: LFI alone/).check();
	const lfi = seatsOf(['LFI-NFP']);
	const gap = filled - lfi - lfi;
	await expect(verdict(page)).toHaveText(
		`Fails: ${Math.floor(gap / 2) + 1} deputies would have to switch from against to for`
	);
	await expect(page.locator('.explain .needed').nth(1)).toHaveText(
		`If nobody switched, it would need ${gap + 1} more votes for, but only 0 deputies abstained or stayed away.`
	);

	// Under an absolute majority of members, each switch brings one vote for.
	await page.getByLabel(/Absolute majority of the Assembly/).check();
	await expect(verdict(page)).toHaveText(
		`Fails: ${majority(filled) - lfi} deputies would have to switch from against to for`
	);
});

test('by mouse: changing one group’s line and its discipline updates the outcome', async ({ page }) => {
	await everyoneVotes(page);
	await page.getByLabel(/Scenario: the left alliance votes for/).check();
	const nfp = seatsOf(idsInBlocs('nfp'));
	await expect(verdict(page)).toContainText('Fails');
	const rn = page.getByRole('group', { name: /^RN/ });
	await rn.getByText('For', { exact: true }).click();
	const votesFor = nfp + seatsOf(['RN']);
	await expect(counts(page)).toContainText(`${votesFor} for, ${filled - votesFor} against`);
	await expect(page.getByText('Your own scenario')).toBeVisible();

	// Half of the RN breaks ranks: they split between against and abstaining.
	await rn.getByText(/Discipline/).click();
	await rn.getByLabel('Follow the line').fill('50');
	const loyal = Math.round(seatsOf(['RN']) / 2);
	await expect(counts(page)).toContainText(`${nfp + loyal} for`);
});

test('by keyboard alone: move through the groups of the chart, select one, clear it', async ({ page }) => {
	const chart = seatChart(page).getByRole('listbox');
	await chart.focus();
	await expect(chart).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	const second = assembly.groups[1]!.id;
	await expect(seatChart(page).getByRole('option', { selected: true })).toHaveAccessibleName(
		new RegExp(`\\(${second}\\): ${latest.seats[second]} seats`)
	);
	await expect(seatChart(page).locator('.centre .big')).toHaveText(second);
	await page.keyboard.press('Escape');
	await expect(seatChart(page).getByRole('option', { selected: true })).toHaveCount(0);
});

test('by keyboard alone: set a group’s line and the rule, and hear the outcome', async ({ page }) => {
	await page.getByLabel('Every deputy votes').focus();
	await page.keyboard.press('Space');
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
	const needed = majority(filled);
	await expect(verdict(page)).toHaveText(`Passes by ${votesFor - needed + 1} votes`);
	await expect(page.locator('.explain .needed').first()).toContainText(`${needed} votes for`);
});

test('a shared URL restores the same scenario, and Back returns to the previous one', async ({
	page,
	context
}) => {
	await page.getByLabel(/Scenario: the left alliance votes for/).check();
	await expect(verdict(page)).toContainText('Fails');
	await page.getByRole('group', { name: /^RN/ }).getByText('For', { exact: true }).click();
	const slider = page.getByRole('slider', { name: /Assembly as of/ });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${englishDate(first.date)} `));
	const outcome = await verdict(page).textContent();
	const tally = await counts(page).textContent();
	expect(new URL(page.url()).searchParams.get('at')).toBe(first.id);

	const shared = await context.newPage();
	await shared.goto(page.url());
	await expect(shared.locator('article[data-ready="true"]')).toBeAttached();
	await expect(verdict(shared)).toHaveText(outcome!);
	await expect(counts(shared)).toHaveText(tally!);
	await expect(shared.getByRole('group', { name: /^RN/ }).getByLabel('For')).toBeChecked();
	await expect(seatChart(shared).locator('.key li', { hasText: 'RN' })).toContainText(String(first.seats.RN));

	// Moving the date replaces the entry rather than adding one per step: Back undoes the group's change.
	await page.goBack();
	await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${englishDate(latest.date)} `));
	await expect(page.getByRole('group', { name: /^RN/ }).getByLabel('Against')).toBeChecked();
});

test('a bad URL value shows a readable notice, keeps the defaults, and is never run as HTML', async ({
	page
}) => {
	await page.goto('/seats/?rule=unanimity&g=RN:maybe,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E:for');
	await expect(page.locator('article[data-ready="true"]')).toBeAttached();
	const notice = page.locator('p.notice[role="status"]');
	await expect(notice).toContainText('rule=unanimity');
	await expect(notice).toContainText('<img src=x onerror=alert(1)>:for');
	await expect(page.locator('img')).toHaveCount(0);
	await expect(page.getByLabel(/Majority of votes cast/)).toBeChecked();
	await expect(page.getByLabel(/each group by its party's stance/)).toBeChecked();
});

test('a notice stays short: each value cut, at most five values and how many more', async ({ page }) => {
	const many = Array.from({ length: 40 }, (_, i) => `bad${i}:for`).join(',');
	for (const [query, expected] of [
		[`g=${'x'.repeat(10_000)}`, /g=x{39}…$/],
		[`g=${many}`, /g=bad4:for;? and 35 more/]
	] as const) {
		await page.goto(`/seats/?${query}`);
		await expect(page.locator('article[data-ready="true"]')).toBeAttached();
		const notice = page.locator('p.notice[role="status"]');
		await expect(notice).toHaveText(expected);
		expect((await notice.textContent())!.length).toBeLessThan(500);
		const chart = page.locator('#seat-balance');
		expect((await chart.boundingBox())!.y).toBeLessThan(1200);
	}
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

test.describe('the recorded Article 34-1 ballots', () => {
	const ballots = (page: Page) => page.locator('#resolution-ballots');
	const precedent = assembly.resolutions.find((b) => b.number === assembly.precedent)!;

	test('lists every ballot, the closest precedent chosen and drawn on its seat chart', async ({ page }) => {
		await expect(ballots(page).locator('[role="option"][data-ballot]')).toHaveCount(
			assembly.resolutions.length
		);
		const chosen = ballots(page).locator('[role="option"][aria-selected="true"]');
		await expect(chosen).toHaveAttribute('data-ballot', String(assembly.precedent));
		await expect(chosen).toContainText('Closest precedent');
		await expect(ballots(page).locator('.chosen')).toContainText(
			`${precedent.totals.for} for, ${precedent.totals.against} against, ${precedent.totals.abstain} abstaining`
		);
		await expect(ballots(page).locator('.chosen .centre .big')).toHaveText(
			`${precedent.totals.for}–${precedent.totals.against}`
		);
		await expect(
			ballots(page).getByRole('link', { name: `The Assembly's record of ballot n° ${precedent.number}` })
		).toHaveAttribute('href', precedent.sourceUrl);
		const low = assembly.resolutions.filter((b) => b.totals.voting * 2 < b.seated).length;
		await expect(page.locator('#resolution-ballots-title')).toHaveText(
			`On ${low} of the ${assembly.resolutions.length} Article 34-1 resolutions put to a vote, fewer than half the deputies voted`
		);
	});

	test('by keyboard alone: move through the ballots and choose one, which the seat chart redraws group by group', async ({
		page
	}) => {
		const list = page.getByRole('listbox', { name: /Ballots on resolutions under Article 34-1/ });
		await list.focus();
		// The explorer hydrates once the reader comes near it, here by focusing it.
		await expect(page.locator('[data-island="ballots"]')).toHaveAttribute('data-hydrated', '');
		await page.keyboard.press('Home');
		await page.keyboard.press('Enter');
		const oldest = assembly.resolutions[0]!;
		await expect(list.getByRole('option', { selected: true })).toHaveAttribute(
			'data-ballot',
			String(oldest.number)
		);
		await expect(ballots(page).locator('.chosen .centre .big')).toHaveText(
			`${oldest.totals.for}–${oldest.totals.against}`
		);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		const next = assembly.resolutions[1]!;
		await expect(list.getByRole('option', { selected: true })).toHaveAttribute(
			'data-ballot',
			String(next.number)
		);

		// The table by group gives that ballot's own counts.
		await ballots(page).getByText('How each group voted', { exact: true }).click();
		const rn = next.groups.find((g) => g.group === 'RN')!;
		await expect(
			ballots(page).locator('.about tbody tr', { hasText: 'RN' }).first().locator('td')
		).toHaveText([rn.members, rn.for, rn.against, rn.abstain, rn.nonVoting, rn.absent].map(String));
	});

	test('by pointer: tapping a row chooses it', async ({ page }) => {
		const last = assembly.resolutions.at(-1)!;
		await ballots(page).locator(`[data-ballot="${last.number}"]`).click();
		await expect(ballots(page).locator(`[data-ballot="${last.number}"]`)).toHaveAttribute(
			'aria-selected',
			'true'
		);
		await expect(ballots(page).locator('.chosen')).toContainText(
			last.result === 'adopted' ? 'Adopted' : 'Rejected'
		);
		// The click leaves the keyboard on the list: the arrows go on from the row chosen.
		await expect(page.getByRole('listbox', { name: /Ballots on resolutions/ })).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		const before = assembly.resolutions.at(-2)!;
		await expect(ballots(page).locator(`[data-ballot="${before.number}"]`)).toHaveAttribute(
			'aria-selected',
			'true'
		);
	});

	test('the data table links every ballot to its page on the Assembly’s site', async ({ page }) => {
		await ballots(page).getByText('Data table').click();
		const links = ballots(page).locator('.table tbody a');
		await expect(links).toHaveCount(assembly.resolutions.length);
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
			assembly.resolutions.map((b) => b.sourceUrl)
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the charts, their summaries and their tables are in the page', async ({ page }) => {
		await page.goto('/seats/');
		await expect(seatChart(page).locator('svg.seats circle.seat')).toHaveCount(filled + latest.vacant);
		await expect(page.locator('#seat-balance .summary')).toContainText(`${filled} deputies sit in`);
		await expect(page.locator('#seat-balance table tbody tr')).toHaveCount(assembly.groups.length + 1);
		await expect(page.locator('#resolution-ballots [data-ballot][aria-selected="true"]')).toHaveAttribute(
			'data-ballot',
			String(assembly.precedent)
		);
		await expect(page.locator('#resolution-ballots .table tbody tr')).toHaveCount(
			assembly.resolutions.length
		);
	});
});

test('the seat chart’s majority line follows the rule: none for a majority of votes cast, half the deputies sitting for an absolute majority, half the full house without a vote', async ({
	page
}) => {
	const chart = seatChart(page);
	await expect(chart.locator('line.majority')).toHaveCount(0);
	await expect(page.locator('.result .line-label')).toHaveText(/^Majority line: \d+ of \d+ votes cast$/);
	await page.getByLabel(/Absolute majority of the Assembly/).check();
	await expect(chart.locator('.majority-label')).toHaveText(`${majority(filled)}: absolute majority`);
	await expect(page.locator('.result .line-label')).toContainText(`Majority line: ${majority(filled)}`);
	await page.getByLabel('Show the simulated vote').uncheck();
	await expect(chart.locator('.majority-label')).toHaveText(
		`${majority(assembly.totalSeats)}: absolute majority`
	);
});

test('at 390 px the result and its small chart stay in view while the reader changes a group far down the controls', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const last = assembly.groups.at(-1)!;
	const group = page.getByRole('group', { name: new RegExp(`^${last.id}`) });
	await group.scrollIntoViewIfNeeded();
	const before = await verdict(page).textContent();
	await group.getByText('For', { exact: true }).click();
	await expect(verdict(page)).not.toHaveText(before!);
	await expect(page.locator('.simulator .result')).toBeInViewport({ ratio: 1 });
	await expect(page.locator('.simulator .result .figure svg')).toBeInViewport();
	// The result sits above the controls, never over the one just used.
	const result = (await page.locator('.simulator .result').boundingBox())!;
	const control = (await group.getByText('For', { exact: true }).boundingBox())!;
	expect(result.y + result.height).toBeLessThanOrEqual(control.y);
});

test('once a group is edited the scenario reads “Custom”; choosing a starting point again clears it', async ({
	page
}) => {
	const custom = page.getByRole('radio', { name: /^Custom/ });
	await expect(custom).toHaveCount(0);
	await page.getByRole('group', { name: /^RN/ }).getByText('For', { exact: true }).click();
	await expect(custom).toBeChecked();
	await page.getByLabel(/Scenario: LFI alone/).check();
	await expect(custom).toHaveCount(0);
});

test('the first screen answers the question in words, with the date of the seats, from the default scenario', async ({
	page
}) => {
	const answer = page.locator('p.answer');
	await expect(answer).toBeInViewport();
	const leave = ['LFI-NFP', 'GDR'];
	await expect(answer).toContainText(
		`On ${englishDate(latest.date)}, the groups whose parties are on record for leaving NATO`
	);
	await expect(answer).toContainText(`held ${seatsOf(leave)} of the ${assembly.totalSeats} seats`);
	for (const id of leave)
		await expect(answer).toContainText(`${assembly.groups.find((g) => g.id === id)!.nameEn} (${id})`);
	// The answer is the default scenario's, which the simulator shows on arrival.
	const tally = (await counts(page).textContent())!.match(/^(\d+) for, (\d+) against/)!;
	await expect(answer).toContainText(`${tally[1]} votes for to ${tally[2]} against`);
	await expect(answer).toContainText(
		(await verdict(page).textContent())!.startsWith('Fails') ? 'Not on the parties' : 'yes'
	);
});

test('“Share this scenario” copies the address with the scenario in it, or hands it to the system’s share sheet', async ({
	page,
	context,
	browserName
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByLabel(/Scenario: LFI alone/).check();
	await expect.poll(() => page.url()).toContain('g=');
	const share = page.getByRole('button', { name: 'Share this scenario' });
	await share.click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
	expect(browserName).toBe('chromium');

	// Where the browser has the Web Share API, the share sheet gets the same address.
	await page.evaluate(() => {
		(window as unknown as { shared: unknown[] }).shared = [];
		navigator.share = async (data) => void (window as unknown as { shared: unknown[] }).shared.push(data);
	});
	await share.click();
	const shared = await page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared);
	expect(shared.map((d) => d.url)).toEqual([page.url()]);
});

for (const colorScheme of ['light', 'dark'] as const)
	test(`in the ${colorScheme} theme every seat's mark reaches 3:1 against the page, whatever its vote`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		// Every state on screen: for, against, abstaining (a split line) and absent (recorded turnout).
		await page
			.getByRole('group', { name: /^RN/ })
			.getByText(/Discipline/)
			.click();
		await page.getByRole('group', { name: /^RN/ }).getByLabel('Follow the line').fill('50');
		const lowest = await page.locator('#seat-balance svg.seats').evaluate((svg) => {
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = 1;
			const context = canvas.getContext('2d', { willReadFrequently: true })!;
			const rgba = (colour: string) => {
				context.clearRect(0, 0, 1, 1);
				context.fillStyle = colour;
				context.fillRect(0, 0, 1, 1);
				const d = context.getImageData(0, 0, 1, 1).data;
				return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
			};
			const luminance = (rgb: number[]) => {
				const [r, g, b] = rgb.map((v) => {
					const c = v / 255;
					return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
			};
			const ratio = (a: number[], b: number[]) => {
				const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
				return (hi! + 0.05) / (lo! + 0.05);
			};
			const page = rgba(getComputedStyle(document.documentElement).backgroundColor);
			const lowest: Record<string, number> = {};
			for (const seat of svg.querySelectorAll<SVGCircleElement>('g[data-group] circle.seat')) {
				let opacity = 1;
				for (let el: Element | null = seat; el && el !== svg; el = el.parentElement)
					opacity *= Number(getComputedStyle(el).opacity);
				const style = getComputedStyle(seat);
				const seen = (paint: string) => {
					if (paint === 'none') return 1;
					const [r, g, b, a] = rgba(paint);
					const alpha = a! * opacity;
					return ratio(
						[r!, g!, b!].map((v, i) => v * alpha + page[i]! * (1 - alpha)),
						page
					);
				};
				const state = [...seat.classList].find((c) => ['for', 'against', 'abstain', 'absent'].includes(c))!;
				const key = `${seat.closest('g[data-group]')!.getAttribute('data-group')} ${state}`;
				lowest[key] = Math.min(lowest[key] ?? Infinity, Math.max(seen(style.fill), seen(style.stroke)));
			}
			return lowest;
		});
		expect(Object.keys(lowest).some((k) => k.endsWith('absent'))).toBe(true);
		expect(Object.keys(lowest).some((k) => k.endsWith('abstain'))).toBe(true);
		const weak = Object.entries(lowest).filter(([, r]) => r < 3);
		expect(weak).toEqual([]);
	});

test('printed, the page is a handout: the answer, the chart with its table, the scenario and its result in words, no controls or screen instructions', async ({
	page
}) => {
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('p.answer')).toBeVisible();
	await expect(seatChart(page).locator('svg.seats')).toBeVisible();
	await expect(seatChart(page).locator('table').first()).toBeVisible();
	await expect(verdict(page)).toBeVisible();
	// The starting point and rule in use are printed as text; the others, and every control, are not.
	await expect(page.getByText(/^Scenario: each group by its party's stance/)).toBeVisible();
	await expect(page.getByText(/^Scenario: LFI alone/)).toBeHidden();
	await expect(page.getByText('Majority of votes cast (abstentions do not count)')).toBeVisible();
	for (const control of await page.locator('main').getByRole('radio').all())
		await expect(control).toBeHidden();
	for (const control of await page.locator('main').getByRole('checkbox').all())
		await expect(control).toBeHidden();
	for (const control of await page.locator('main').getByRole('slider').all())
		await expect(control).toBeHidden();
	for (const button of await page.locator('main').getByRole('button').all())
		await expect(button).toBeHidden();
	await expect(page.getByText(/^Hover or tap a group/)).toBeHidden();
	await expect(page.locator('.reuse')).toHaveCount(2);
	for (const downloads of await page.locator('.reuse').all()) await expect(downloads).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});
