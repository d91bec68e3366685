/**
 * The framework-free custom elements in a plain HTML page of another site: no Svelte, no site CSS, hostile
 * page styles. They render styled, respond to keyboard, pointer and their attributes, and a bad attribute
 * shows a notice and the default chart.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { groupColourTokens } from '../../src/lib/design/groupTokens';
import { assembly as records, englishDate } from './assemblyData';

const assembly = JSON.parse(readFileSync('content/data/assembly.json', 'utf8'));
const timeline = JSON.parse(readFileSync('content/data/timeline.json', 'utf8'));
const debate = JSON.parse(readFileSync('content/data/arguments.json', 'utf8'));
// The newest composition, from the Assembly's records (assembly-compositions.json) as well as assembly.json.
const latest = records.compositions.at(-1)!;
const groupIds = records.groups.map((g) => g.id);
const seatsOf = (ids: string[]) => ids.reduce((sum, id) => sum + (latest.seats[id] ?? 0), 0);
const { resolutions, precedent } = records;
const ballotNumbered = (n: number) => resolutions.find((b) => b.number === n)!;

let hostPage = '';
/** Attributes of the host page's <html>, and its own styles after the default ones. */
let hostHtml = 'lang="en"';
let hostStyle = '';
let host: Server;
let hostOrigin = '';

// A plain page on another origin, with styles that would break a chart that did not isolate itself.
test.beforeAll(async () => {
	host = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			`<!doctype html><html ${hostHtml}><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>A course page</title>
			<style>body{margin:0;padding:8px;font:16px Georgia} button,summary{background:hotpink!important} svg{display:none}${hostStyle}</style>
			</head><body><main><h1>A course page</h1>${hostPage}</main></body></html>`
		);
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => host.close());

/**
 * Opens a host page holding `markup` and the elements' script (or scripts, in that order) from the site;
 * `html` and `style` give the page's <html> attributes and its own CSS.
 */
async function openHost(
	page: Page,
	baseURL: string | undefined,
	markup: string,
	script: string | string[] = 'nato-charts',
	{ html = 'lang="en"', style = '' } = {}
) {
	hostPage = `${markup}${[script]
		.flat()
		.map((name) => `<script src="${baseURL}/elements/v1/${name}.js"></script>`)
		.join('')}`;
	hostHtml = html;
	hostStyle = style;
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${hostOrigin}/course.html`);
	return errors;
}

test('every element renders its chart, styled by the site’s tokens and not by the host page', async ({
	page,
	baseURL
}) => {
	const errors = await openHost(
		page,
		baseURL,
		'<nato-hemicycle></nato-hemicycle><nato-timeline></nato-timeline><nato-positions></nato-positions><nato-arguments></nato-arguments><nato-ballots></nato-ballots>'
	);
	for (const tag of ['nato-hemicycle', 'nato-positions', 'nato-ballots'])
		await expect(page.locator(`${tag} svg`).first()).toBeVisible();
	// As on the site, a narrow box shows the timeline read downwards, one mark per event of the latest era.
	const wide = page.viewportSize()!.width >= 800;
	await expect(
		page
			.locator(wide ? 'nato-timeline svg[role="listbox"]' : 'nato-timeline .timeline-vertical svg.mark')
			.first()
	).toBeVisible();
	await expect(page.locator('nato-arguments [role="tree"]')).toBeVisible();
	await expect(page.locator('nato-ballots [role="option"][data-ballot]')).toHaveCount(resolutions.length);
	await expect(
		page.locator('nato-ballots').getByRole('link', { name: 'Explore the full chart' })
	).toHaveAttribute('href', `${baseURL}/seats/#resolution-ballots`);
	// The host's `svg { display: none }` and pink buttons do not reach inside.
	const seat = page.locator(`nato-hemicycle [data-group="${assembly.groups[0].id}"] circle`).first();
	await expect(seat).toHaveCSS('fill', rgb(groupColourTokens(assembly.groups[0].colour, 'light').fill));
	await expect(page.locator('nato-hemicycle summary')).not.toHaveCSS(
		'background-color',
		'rgb(255, 105, 180)'
	);
	await expect(page.locator('nato-hemicycle figure')).toHaveCSS('font-family', /Inter|system-ui/);
	await expect(page.locator('nato-hemicycle figcaption')).toHaveText(/577 seats/);
	// Links back to the site the script came from: the full chart and the story.
	await expect(page.locator('nato-hemicycle').getByRole('link', { name: 'Read the story' })).toHaveAttribute(
		'href',
		`${baseURL}/`
	);
	await expect(
		page.locator('nato-hemicycle').getByRole('link', { name: 'Explore the full chart' })
	).toHaveAttribute('href', `${baseURL}/seats/`);
	expect(errors).toEqual([]);
});

test('the seat chart responds to the keyboard in a plain page', async ({ page, baseURL }) => {
	await openHost(page, baseURL, '<p><a href="#">Before</a></p><nato-hemicycle></nato-hemicycle>');
	await page.getByRole('link', { name: 'Before' }).focus();
	await page.keyboard.press('Tab');
	const chart = page.locator('nato-hemicycle [role="listbox"]');
	await expect(chart).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	const second = assembly.groups[1].id;
	await expect(page.locator('nato-hemicycle [role="option"][aria-selected="true"]')).toHaveAccessibleName(
		new RegExp(`\\(${second}\\): ${latest.seats[second]} seats`)
	);
	await page.keyboard.press('Escape');
	await expect(page.locator('nato-hemicycle [role="option"][aria-selected="true"]')).toHaveCount(0);
});

test('the vote simulator runs inside the element, labelled as scenarios', async ({ page, baseURL }) => {
	const errors = await openHost(
		page,
		baseURL,
		'<nato-hemicycle simulator="show"></nato-hemicycle>',
		'nato-hemicycle'
	);
	const element = page.locator('nato-hemicycle');
	await expect(element).toContainText('These are scenarios, not forecasts');
	await element.getByLabel('Every deputy votes').check();
	await element.getByLabel(/Scenario: LFI alone/).check();
	const lfi = latest.seats['LFI-NFP'];
	await expect(element.locator('.outcome .counts')).toContainText(`${lfi} for`);
	// By keyboard: the previous preset is the left alliance and the RN.
	await page.keyboard.press('ArrowUp');
	await expect(element.getByLabel(/Scenario: the left alliance and the RN vote for/)).toBeChecked();
	expect(errors).toEqual([]);
});

test('the element’s simulator starts, as the site does, from the recorded turnouts, and answers under each ballot’s', async ({
	page,
	baseURL
}) => {
	const errors = await openHost(
		page,
		baseURL,
		'<nato-hemicycle simulator="show"></nato-hemicycle>',
		'nato-hemicycle'
	);
	const element = page.locator('nato-hemicycle');
	await expect(element.getByLabel(/As on comparable resolutions/)).toBeChecked();
	await element.getByLabel(/Scenario: LFI alone/).check();
	// Worked out here from the ballot records: each group's share of members who took part, pooled, in whole percents.
	const percent = (id: string) => {
		const rows = resolutions.flatMap((b) => b.groups.filter((g) => g.group === id));
		const took = rows.reduce((sum, g) => sum + g.for + g.against + g.abstain, 0);
		return Math.round((took / rows.reduce((sum, g) => sum + g.members, 0)) * 100);
	};
	const present = (id: string, share: number) => Math.round((seatsOf([id]) * share) / 100);
	const votesFor = present('LFI-NFP', percent('LFI-NFP'));
	const against = groupIds
		.filter((id) => id !== 'LFI-NFP')
		.reduce((sum, id) => sum + present(id, percent(id)), 0);
	await expect(element.locator('.outcome .counts')).toHaveText(
		`${votesFor} for, ${against} against, 0 abstaining, ${seatsOf(groupIds) - votesFor - against} absent`
	);
	// Under each recorded ballot's own turnouts, group by group (unrounded shares).
	const passes = resolutions.filter((ballot) => {
		const count = (id: string) => {
			const g = ballot.groups.find((x) => x.group === id);
			const share = g && g.members > 0 ? (g.for + g.against + g.abstain) / g.members : 1;
			return Math.round(seatsOf([id]) * share);
		};
		const no = groupIds.filter((id) => id !== 'LFI-NFP').reduce((sum, id) => sum + count(id), 0);
		return count('LFI-NFP') > no;
	}).length;
	await expect(element.locator('.explain .observed')).toHaveText(
		`Under the turnout of each of the ${resolutions.length} Article 34-1 ballots, this scenario passes in ${passes} of ${resolutions.length}.`
	);
	await element.getByText('Ballot by ballot').click();
	await expect(element.locator('.runs li')).toHaveCount(resolutions.length);
	await expect(element.locator('.runs li').first()).toContainText(
		`Ballot n° ${resolutions[0]!.number} (${englishDate(resolutions[0]!.date)})`
	);
	expect(errors).toEqual([]);
});

test('the ballot chart responds to the keyboard and the pointer in a plain page', async ({
	page,
	baseURL
}) => {
	const errors = await openHost(
		page,
		baseURL,
		'<p><a href="#">Before</a></p><nato-ballots></nato-ballots>',
		'nato-ballots'
	);
	const element = page.locator('nato-ballots');
	const caption = element.locator('.centre .big');
	const chosen = element.locator('[role="option"][aria-selected="true"]');
	// The closest precedent is drawn first.
	const first = ballotNumbered(precedent);
	await expect(caption).toHaveText(`${first.totals.for}–${first.totals.against}`);
	await expect(chosen).toHaveAttribute('data-ballot', String(precedent));
	await expect(element.locator('.badge')).toHaveText('Closest precedent');

	// As on the site: the list of ballots is one tab stop, after the chosen ballot's seat chart and its links.
	await page.getByRole('link', { name: 'Before' }).focus();
	const list = element.getByRole('listbox', { name: /^Ballots on resolutions/ });
	for (let presses = 0; presses < 5 && !(await list.evaluate((el) => el.matches(':focus'))); presses++)
		await page.keyboard.press('Tab');
	await expect(list).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	const next = resolutions[resolutions.findIndex((b) => b.number === precedent) + 1]!;
	await expect(chosen).toHaveAttribute('data-ballot', String(next.number));
	await expect(caption).toHaveText(`${next.totals.for}–${next.totals.against}`);
	await expect(element.locator('.chosen .heading')).toContainText(
		`${next.totals.for} for, ${next.totals.against} against, ${next.totals.abstain} abstaining`
	);
	await page.keyboard.press('Home');
	await page.keyboard.press('Enter');
	await expect(chosen).toHaveAttribute('data-ballot', String(resolutions[0]!.number));

	// By pointer (or touch): the last ballot.
	const last = resolutions.at(-1)!;
	await element.locator(`[role="option"][data-ballot="${last.number}"]`).click();
	await expect(caption).toHaveText(`${last.totals.for}–${last.totals.against}`);
	await expect(page).toHaveURL(/course\.html$/); // the host page's address is left alone
	expect(errors).toEqual([]);
});

test('the ballot attribute chooses the ballot drawn first; a bad one shows a notice and the precedent', async ({
	page,
	baseURL
}) => {
	const last = resolutions.at(-1)!;
	await openHost(
		page,
		baseURL,
		`<nato-ballots id="chosen" ballot="${last.number}"></nato-ballots><nato-ballots id="bad" ballot="12&lt;b&gt;" table="show"></nato-ballots>`,
		'nato-ballots'
	);
	const chosen = page.locator('#chosen');
	await expect(chosen.locator('.centre .big')).toHaveText(`${last.totals.for}–${last.totals.against}`);
	await expect(chosen.locator('[role="option"][aria-selected="true"]')).toHaveAttribute(
		'data-ballot',
		String(last.number)
	);
	await expect(chosen.locator('.notice')).toHaveCount(0);

	const bad = page.locator('#bad');
	await expect(bad.locator('.notice')).toHaveText(/“ballot” does not accept “12<b>”/);
	await expect(bad.locator('.notice b')).toHaveCount(0);
	const drawn = ballotNumbered(precedent);
	await expect(bad.locator('.centre .big')).toHaveText(`${drawn.totals.for}–${drawn.totals.against}`);
	await expect(bad.locator('details.table')).toHaveAttribute('open', '');
	await expect(bad.locator('details.table tbody tr')).toHaveCount(resolutions.length);

	// Changing the attribute later draws that ballot.
	await chosen.evaluate((element, n) => element.setAttribute('ballot', String(n)), resolutions[0]!.number);
	await expect(chosen.locator('.centre .big')).toHaveText(
		`${resolutions[0]!.totals.for}–${resolutions[0]!.totals.against}`
	);
});

test('the timeline and the argument outline respond to the keyboard', async ({ page, baseURL }) => {
	const errors = await openHost(
		page,
		baseURL,
		'<nato-timeline></nato-timeline><nato-arguments></nato-arguments>'
	);
	const events = timeline.events.toSorted(
		(a: { date: string; id: string }, b: { date: string; id: string }) =>
			a.date.localeCompare(b.date) || a.id.localeCompare(b.id)
	);
	if (page.viewportSize()!.width >= 800) {
		await page.locator('nato-timeline [role="listbox"]').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expect(page.locator('nato-timeline .card .title')).toHaveText(events[1].title);
		await expect(page).toHaveURL(/course\.html$/); // the host page's address is left alone
	} else {
		// Read downwards from the latest era: the second event of that era.
		const latest = events.filter((e: { date: string }) => e.date >= timeline.eras.at(-1).start);
		await page.locator('nato-timeline [role="listbox"]').focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page.locator('nato-timeline .sheet .title')).toHaveText(latest[1].title);
		await expect(page).toHaveURL(/course\.html$/);
	}

	await page.getByRole('treeitem', { name: debate.thesis.text }).focus();
	await page.keyboard.press('ArrowDown');
	const first = debate.claims.find((c: { target: string }) => c.target === 'thesis');
	await expect(
		page.getByRole('treeitem', {
			name: new RegExp(first.text.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		})
	).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('nato-arguments .card')).toContainText(first.text);
	expect(errors).toEqual([]);
});

test('<nato-timeline> labels events with whole titles, never cut, none over another', async ({
	page,
	baseURL
}) => {
	await openHost(page, baseURL, '<nato-timeline></nato-timeline>');
	const labels = page.locator('nato-timeline text.label, nato-timeline .timeline-vertical .label');
	await expect(labels.first()).toBeVisible();
	const boxes = await labels.evaluateAll((all) =>
		all.map((label) => {
			const lines = label.querySelectorAll('tspan');
			const text = lines.length ? [...lines].map((l) => l.textContent).join(' ') : label.textContent;
			const { x, y, width, height } = label.getBoundingClientRect();
			return { text: (text ?? '').replace(/\s+/g, ' ').trim(), x, y, width, height };
		})
	);
	const titles = new Set(timeline.events.map((e: { title: string }) => e.title));
	const problems = boxes.flatMap((a, i) => [
		...(titles.has(a.text) ? [] : [`not whole: ${a.text}`]),
		...boxes
			.slice(i + 1)
			.filter(
				(b) =>
					a.x < b.x + b.width - 0.5 &&
					b.x < a.x + a.width - 0.5 &&
					a.y < b.y + b.height - 0.5 &&
					b.y < a.y + a.height - 0.5
			)
			.map((b) => `overlap: ${a.text} / ${b.text}`)
	]);
	expect(problems).toEqual([]);
});

test('attributes apply; a bad value shows a notice as text and the default chart', async ({
	page,
	baseURL
}) => {
	const probe = '<img src=x onerror="window.__pwned=1">';
	await openHost(
		page,
		baseURL,
		`<nato-hemicycle theme="purple" highlight="RN nope" table="show" lang="xx"></nato-hemicycle><nato-positions axis='${probe}'></nato-positions>`
	);
	const seats = page.locator('nato-hemicycle');
	await expect(seats.locator('.notice')).toHaveText([
		/“lang” does not accept “xx”/,
		/“theme” does not accept “purple”/,
		/“highlight” does not accept “nope”/
	]);
	await expect(seats.locator('details')).toHaveAttribute('open', '');
	await expect(seats.locator('g[data-group="RN"]')).not.toHaveClass(/dimmed/);
	await expect(seats.locator(`g[data-group="${assembly.groups[0].id}"]`)).toHaveClass(/dimmed/);
	const positions = page.locator('nato-positions');
	await expect(positions.locator('.notice')).toContainText(probe);
	await expect(positions.locator('svg').first()).toBeVisible();
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	// Changing an attribute later re-renders: a good theme now.
	await seats.evaluate((element) => element.setAttribute('theme', 'dark'));
	await expect(seats.locator('.notice')).toHaveCount(2);
	await expect(seats.locator('figure')).toHaveCSS('color', 'rgb(233, 230, 223)');
});

const tags = ['nato-hemicycle', 'nato-timeline', 'nato-positions', 'nato-arguments', 'nato-ballots'];
for (const tag of ['nato-timeline', 'nato-ballots'])
	test(`${tag}.js defines only its element`, async ({ page, baseURL }) => {
		await openHost(page, baseURL, `<${tag}></${tag}>`, tag);
		await expect(page.locator(`${tag} figcaption`)).toBeAttached();
		expect(await page.evaluate((all) => all.map((t) => !!customElements.get(t)), tags)).toEqual(
			tags.map((t) => t === tag)
		);
	});

for (const markup of [
	'<nato-hemicycle simulator="show"></nato-hemicycle>',
	'<nato-timeline table="show"></nato-timeline>',
	'<nato-positions table="show"></nato-positions>',
	'<nato-arguments table="show"></nato-arguments>',
	'<nato-ballots table="show"></nato-ballots>'
])
	test(`a host page with ${markup.slice(0, markup.indexOf('>') + 1)} has no accessibility violations`, async ({
		page,
		baseURL
	}) => {
		// axe walks every node of a long chart (the timeline list, the simulator): allow it the time.
		test.setTimeout(60_000);
		await openHost(page, baseURL, markup);
		await expect(page.locator('figcaption')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});

function rgb(hex: string) {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgb(${r}, ${g}, ${b})`;
}

test('the “Embed this chart” panel’s custom-element code works when pasted into another site’s page', async ({
	page,
	baseURL
}) => {
	for (const [chart, tag] of [
		['seats', 'nato-hemicycle'],
		['ballots', 'nato-ballots']
	]) {
		await page.goto('/seats/');
		await page.locator('article[data-ready="true"]').waitFor();
		const panel = page.locator(`.reuse[data-chart="${chart}"]`);
		await panel.getByText('Embed this chart').click();
		await panel.getByLabel('Theme').selectOption('dark');
		await panel.getByRole('combobox', { name: /^Kind of code/ }).selectOption('element');
		const code = await panel.getByLabel('Code to paste').inputValue();
		expect(code).toBe(
			`<script src="${baseURL}/elements/v1/${tag}.js"></script>\n<${tag} theme="dark"></${tag}>`
		);
		hostPage = code;
		await page.goto(`${hostOrigin}/pasted.html`);
		await expect(page.locator(`${tag} svg`).first()).toBeVisible();
		await expect(page.locator(`${tag} figure`)).toHaveCSS('color', 'rgb(233, 230, 223)');
	}
});

test('an element says when its chart was last updated, linking to the entry on the site', async ({
	page,
	baseURL
}) => {
	const { entries } = JSON.parse(readFileSync('content/data/updates.json', 'utf8')) as {
		entries: { id: string; date: string; charts: string[] }[];
	};
	// Entries are newest first; of one day, the first listed counts.
	const seats = entries.find((e) => e.charts.includes('seats'))!;
	const errors = await openHost(
		page,
		baseURL,
		'<nato-hemicycle></nato-hemicycle><nato-timeline></nato-timeline>'
	);
	const link = page
		.locator('nato-hemicycle')
		.getByRole('link', { name: `Updated ${englishDate(seats.date)}` });
	await expect(link).toHaveAttribute('href', `${baseURL}/updates/#${seats.id}`);
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(page.locator('nato-hemicycle .footer')).toContainText(
		/Data as of \d{1,2} \w+ \d{4}\. Updated/
	);
	// The timeline's element says the newest entry naming its chart, or only the date of its data.
	const timeline = entries.find((e) => e.charts.includes('timeline'));
	await expect(page.locator('nato-timeline .footer')).toContainText('Data as of');
	if (timeline)
		await expect(
			page.locator('nato-timeline').getByRole('link', { name: `Updated ${englishDate(timeline.date)}` })
		).toHaveAttribute('href', `${baseURL}/updates/#${timeline.id}`);
	else await expect(page.locator('nato-timeline .footer')).not.toContainText('Updated');
	expect(errors).toEqual([]);
});

// Issue 17: what integrators run into (reviews-2026-12/reliability.md, F1–F4, F9 and the fonts).

test('a repeated or unknown highlight id shows one notice line per value and the chart; correcting the attribute redraws it', async ({
	page,
	baseURL
}) => {
	const errors = await openHost(
		page,
		baseURL,
		'<nato-hemicycle id="twice" highlight="x x"></nato-hemicycle><nato-hemicycle id="valid" highlight="RN RN"></nato-hemicycle><nato-hemicycle id="working" highlight="RN"></nato-hemicycle>',
		'nato-hemicycle'
	);
	const first = assembly.groups[0].id;
	const twice = page.locator('#twice');
	await expect(twice.locator('.notice')).toHaveText([/“highlight” does not accept “x”/]);
	await expect(twice.locator('[role="listbox"]')).toBeVisible();
	await expect(twice.locator(`g[data-group="${first}"]`)).not.toHaveClass(/dimmed/);
	// A valid id given twice picks the group out once, with no notice.
	const valid = page.locator('#valid');
	await expect(valid.locator('g[data-group="RN"]')).not.toHaveClass(/dimmed/);
	await expect(valid.locator(`g[data-group="${first}"]`)).toHaveClass(/dimmed/);
	await expect(valid.locator('.notice')).toHaveCount(0);
	// Corrected later, the attribute redraws the chart without the notice.
	await twice.evaluate((element) => element.setAttribute('highlight', 'RN'));
	await expect(twice.locator('.notice')).toHaveCount(0);
	await expect(twice.locator(`g[data-group="${first}"]`)).toHaveClass(/dimmed/);
	// A working element given a repeated bad id shows the notice and the default chart.
	const working = page.locator('#working');
	await working.evaluate((element) => element.setAttribute('highlight', 'zz zz'));
	await expect(working.locator('.notice')).toHaveText([/“highlight” does not accept “zz”/]);
	await expect(working.locator(`g[data-group="${first}"]`)).not.toHaveClass(/dimmed/);
	expect(errors).toEqual([]);
});

const allScripts = ['nato-charts', ...tags];
for (const scripts of [
	['nato-hemicycle', 'nato-charts'],
	['nato-charts', 'nato-hemicycle'],
	['nato-hemicycle', 'nato-hemicycle'],
	['nato-charts', 'nato-charts'],
	allScripts
])
	test(`the scripts ${scripts.join(', ')} on one page define every element they name, with no error`, async ({
		page,
		baseURL
	}) => {
		const errors = await openHost(page, baseURL, tags.map((tag) => `<${tag}></${tag}>`).join(''), scripts);
		const named = tags.filter((tag) => scripts.includes('nato-charts') || scripts.includes(tag));
		for (const tag of named) await expect(page.locator(`${tag} figcaption`)).toBeAttached();
		expect(await page.evaluate((all) => all.map((t) => !!customElements.get(t)), tags)).toEqual(
			tags.map((t) => named.includes(t))
		);
		expect(errors).toEqual([]);
	});

test('every attribute is also a property, and values are trimmed and compared case-insensitively', async ({
	page,
	baseURL
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	const errors = await openHost(
		page,
		baseURL,
		'<nato-hemicycle id="set"></nato-hemicycle><nato-hemicycle id="spaced" theme=" Dark" table="SHOW " highlight=" rn "></nato-hemicycle><nato-positions></nato-positions><nato-ballots></nato-ballots>'
	);
	const dark = 'rgb(233, 230, 223)';
	const set = page.locator('#set');
	await expect(set.locator('figcaption')).toBeAttached();
	// As Svelte 5, React 19 and Vue set them on a custom element: properties, not attributes.
	await set.evaluate((element) =>
		Object.assign(element, { theme: 'dark', table: 'show', highlight: 'RN', simulator: 'show', lang: 'EN' })
	);
	await expect(set.locator('figure')).toHaveCSS('color', dark);
	await expect(set.locator('details.table')).toHaveAttribute('open', '');
	await expect(set.locator('g[data-group="RN"]')).not.toHaveClass(/dimmed/);
	await expect(set.locator(`g[data-group="${assembly.groups[0].id}"]`)).toHaveClass(/dimmed/);
	await expect(set).toContainText('These are scenarios, not forecasts');
	await set.evaluate((element) => Object.assign(element, { theme: 'light' }));
	await expect(set.locator('figure')).toHaveCSS('color', 'rgb(27, 27, 29)');

	const spaced = page.locator('#spaced');
	await expect(spaced.locator('figure')).toHaveCSS('color', dark);
	await expect(spaced.locator('details.table')).toHaveAttribute('open', '');
	await expect(spaced.locator('g[data-group="RN"]')).not.toHaveClass(/dimmed/);

	const positions = page.locator('nato-positions');
	await positions.evaluate((element) => Object.assign(element, { axis: 'EU_Russia', theme: 'DARK' }));
	await expect(positions.locator('input[value="eu_russia"]')).toBeChecked();
	await expect(positions.locator('figure')).toHaveCSS('color', dark);
	// Its summary names the scale it draws, not the default one.
	await expect(positions.locator('.summary')).toContainText(/“Europe.s relationship with Russia” scale/);

	const ballots = page.locator('nato-ballots');
	const oldest = resolutions[0]!;
	await ballots.evaluate((element, n) => Object.assign(element, { ballot: ` ${n} ` }), oldest.number);
	await expect(ballots.locator('.centre .big')).toHaveText(`${oldest.totals.for}–${oldest.totals.against}`);

	await expect(page.locator('.notice')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a right-to-left host page and its inherited styles do not reach the charts’ layout', async ({
	page,
	baseURL
}) => {
	const errors = await openHost(
		page,
		baseURL,
		'<nato-positions></nato-positions><nato-hemicycle theme="dark"></nato-hemicycle><nato-timeline hidden></nato-timeline>',
		'nato-charts',
		{
			html: 'lang="ar" dir="rtl"',
			// The page's own heading is kept short, so that only the elements could widen the page.
			style: `html{font-size:62.5%} body{white-space:nowrap;letter-spacing:3px;word-spacing:20px;text-transform:uppercase;text-align:right;font:italic 22px/3 monospace;color:magenta} h1{font-size:16px}`
		}
	);
	const positions = page.locator('nato-positions');
	await expect(positions.locator('text.label').first()).toBeVisible();
	const figure = positions.locator('figure');
	for (const [property, value] of Object.entries({
		direction: 'ltr',
		'white-space': 'normal',
		'letter-spacing': 'normal',
		'word-spacing': '0px',
		'text-transform': 'none',
		'text-align': 'start',
		'font-style': 'normal',
		color: 'rgb(27, 27, 29)'
	}))
		await expect(figure, property).toHaveCSS(property, value);
	// The axis's ends keep their sides: "← left" at the left, "right →" at the right.
	const ends = await positions.locator('.axis-ends span').evaluateAll((spans) =>
		spans.map((span) => {
			const { left, right } = span.getBoundingClientRect();
			return { text: span.textContent ?? '', left, right };
		})
	);
	const plot = (await positions.locator('svg.main').boundingBox())!;
	expect(ends[0]!.text).toMatch(/^←/);
	expect(ends[1]!.text).toMatch(/→$/);
	expect(ends[0]!.left).toBeLessThan(plot.x + plot.width / 2);
	expect(ends[1]!.right).toBeGreaterThan(plot.x + plot.width / 2);
	expect(ends[1]!.left).toBeGreaterThan(ends[0]!.right);
	// No party label runs off the plot.
	const clipped = await positions.locator('svg.main text.label').evaluateAll((labels) => {
		const svg = labels[0]!.closest('svg')!.getBoundingClientRect();
		return labels
			.map((label) => ({ text: label.textContent, box: label.getBoundingClientRect() }))
			.filter(({ box }) => box.left < svg.left - 0.5 || box.right > svg.right + 0.5)
			.map(({ text }) => text);
	});
	expect(clipped).toEqual([]);
	// The host's small root font size does not shrink the type: the title stays at the site's size.
	const titleSize = await figure
		.locator('figcaption')
		.evaluate((title) => parseFloat(getComputedStyle(title).fontSize));
	expect(titleSize).toBeGreaterThanOrEqual(20);
	// The page is no wider than the window, whatever the host's white-space, and nothing overflows a figure.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		page.viewportSize()!.width
	);
	for (const tag of ['nato-positions', 'nato-hemicycle'])
		expect(
			await page.locator(`${tag} figure`).evaluate((f) => f.scrollWidth - f.clientWidth),
			tag
		).toBeLessThanOrEqual(0);
	// The theme still applies, and the hidden attribute still hides.
	await expect(page.locator('nato-hemicycle figure')).toHaveCSS('color', 'rgb(233, 230, 223)');
	await expect(page.locator('nato-timeline')).toBeHidden();
	expect(errors).toEqual([]);
});

test('a notice stays short: each value cut, repeats merged, at most five lines and how many more', async ({
	page,
	baseURL
}) => {
	const repeated = Array(2000).fill('x').join(' ');
	const distinct = Array.from({ length: 1500 }, (_, i) => `bad-${i}`).join(' ');
	const errors = await openHost(
		page,
		baseURL,
		`<nato-hemicycle id="repeated" highlight="${repeated}" theme="${'y'.repeat(300)}"></nato-hemicycle><nato-hemicycle id="distinct" highlight="${distinct}"></nato-hemicycle>`,
		'nato-hemicycle'
	);
	const repeatedNotices = page.locator('#repeated .notice');
	await expect(repeatedNotices).toHaveText([
		/“theme” does not accept “y{39}…”/,
		/“highlight” does not accept “x”/
	]);
	const notices = page.locator('#distinct .notice');
	await expect(notices).toHaveCount(6);
	await expect(notices.last()).toHaveText(/1,?495 more/);
	for (const id of ['#repeated', '#distinct']) {
		const element = page.locator(id);
		const text = await element.locator('.notice').allTextContents();
		expect(text.join('').length).toBeLessThan(800);
		const top = (await element.boundingBox())!.y;
		expect((await element.locator('[role="listbox"]').boundingBox())!.y - top).toBeLessThan(700);
	}
	expect(errors).toEqual([]);
});

test('the elements load the site’s fonts, declared once in the host page, with the system font as fallback', async ({
	page,
	baseURL
}) => {
	const errors = await openHost(
		page,
		baseURL,
		'<nato-hemicycle></nato-hemicycle><nato-timeline></nato-timeline>',
		['nato-hemicycle', 'nato-timeline']
	);
	await expect(page.locator('nato-timeline figcaption')).toBeAttached();
	await expect(page.locator('style[data-nato-fonts]')).toHaveCount(1);
	await expect(page.locator('nato-hemicycle figure')).toHaveCSS('font-family', /^"Nato Inter", .*system-ui/);
	await expect(page.locator('nato-hemicycle figcaption')).toHaveCSS('font-family', /^"Nato Source Serif 4"/);
	// Loaded from the site, across origins.
	await page.evaluate(() => document.fonts.ready);
	await expect
		.poll(() =>
			page.evaluate(() =>
				[...document.fonts]
					.filter((face) => face.status === 'loaded')
					.map((face) => face.family.replace(/"/g, ''))
					.toSorted()
			)
		)
		.toEqual(expect.arrayContaining(['Nato Inter', 'Nato Source Serif 4']));
	expect(errors).toEqual([]);
});
