/**
 * The public log of changes: the updates page (newest first, corrections marked in words, what, why and links
 * to what changed, a stable anchor per entry), its Atom feed parsed as XML, the feed's discovery link in every
 * page's and embed's head, and the "Updated" line on pages and embeds, with the site's other dates.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { englishDate } from './assemblyData';

interface Entry {
	id: string;
	date: string;
	kind: 'correction' | 'update';
	pages: string[];
	charts: string[];
	datasets: string[];
	what: { en: string };
	why?: { en: string };
}

const { entries } = JSON.parse(readFileSync('content/data/updates.json', 'utf8')) as { entries: Entry[] };
const sources = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as {
	sources: { checked: string }[];
};
const ballots = JSON.parse(readFileSync('content/data/assembly-ballots.json', 'utf8')) as { asOf: string };

/** The newest entry naming a page or chart, the first listed of a day: worked out here, not by the site's code. */
function newest(field: 'pages' | 'charts', id: string): Entry | undefined {
	return entries
		.filter((entry) => entry[field].includes(id))
		.reduce<Entry | undefined>((best, entry) => (best && best.date >= entry.date ? best : entry), undefined);
}

test('the updates page lists every entry newest first, each at its own anchor', async ({ page }) => {
	await page.goto('/updates/');
	await expect(page.locator('h1')).toHaveText('Updates and corrections');
	const items = page.locator('ol.log > li');
	await expect(items).toHaveCount(entries.length);
	expect(await items.evaluateAll((li) => li.map((item) => item.id))).toEqual(entries.map((e) => e.id));
	const dates = await items
		.locator('time')
		.evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
	expect(dates).toEqual(dates.toSorted().toReversed());
	for (const entry of entries) {
		const item = page.locator(`li[id="${entry.id}"]`);
		await expect(item.getByRole('heading', { level: 2 })).toHaveText(
			`${entry.kind === 'correction' ? 'Correction' : 'Update'} ${englishDate(entry.date)}`,
			{ ignoreCase: true }
		);
		await expect(item).toContainText(entry.what.en);
		if (entry.why) await expect(item).toContainText(`Why: ${entry.why.en}`);
		await expect(item.locator('.affects a')).toHaveCount(entry.pages.length + entry.charts.length);
	}
});

test('a correction is marked in words, not by colour alone', async ({ page }) => {
	const correction = entries.find((e) => e.kind === 'correction')!;
	await page.goto('/updates/');
	const label = page.locator(`li[id="${correction.id}"] .kind`);
	await expect(label).toHaveText('Correction');
	// Read as text: the label is a visible word in the heading, not a coloured mark.
	expect(await label.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
});

test('every link of the updates page leads to a page of the site', async ({ page, request }) => {
	await page.goto('/updates/');
	const hrefs = await page
		.locator('ol.log a')
		.evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).href.split('#')[0]!))]);
	for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('an entry can be linked to: its anchor is the target, and the page needs no JavaScript', async ({
	page
}) => {
	const entry = entries.at(-1)!;
	await page.goto(`/updates/#${entry.id}`);
	await expect(page.locator(`li[id="${entry.id}"]`)).toBeInViewport();
	expect(await page.locator(`li[id="${entry.id}"]`).evaluate((li) => li.matches(':target'))).toBe(true);
	await expect(page.locator('script[src], link[rel="modulepreload"]')).toHaveCount(0);
});

test('the updates page prints every entry, without the navigation', async ({ page }) => {
	await page.goto('/updates/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	for (const entry of entries) await expect(page.locator(`li[id="${entry.id}"]`)).toBeVisible();
});

test('the feed is Atom 1.0, parsed as XML, with every entry linked to its anchor', async ({
	page,
	baseURL
}) => {
	const response = await page.request.get('/updates.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	await page.goto('/updates/');
	const feed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const atom = 'http://www.w3.org/2005/Atom';
		const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
		const root = doc.documentElement;
		const child = (el: Element, name: string) =>
			[...el.children].find((c) => c.namespaceURI === atom && c.localName === name);
		const links = (el: Element) =>
			[...el.children]
				.filter((c) => c.localName === 'link')
				.map((l) => ({
					rel: l.getAttribute('rel'),
					href: l.getAttribute('href'),
					type: l.getAttribute('type')
				}));
		return {
			error,
			root: { ns: root.namespaceURI, name: root.localName },
			id: child(root, 'id')?.textContent,
			title: child(root, 'title')?.textContent,
			updated: child(root, 'updated')?.textContent,
			author: child(root, 'author')?.querySelector('name')?.textContent,
			links: links(root),
			entries: [...root.children]
				.filter((c) => c.localName === 'entry')
				.map((e) => ({
					id: child(e, 'id')?.textContent,
					title: child(e, 'title')?.textContent,
					updated: child(e, 'updated')?.textContent,
					links: links(e),
					category: child(e, 'category')?.getAttribute('term'),
					content: child(e, 'content')?.textContent,
					contentType: child(e, 'content')?.getAttribute('type')
				}))
		};
	}, xml);
	expect(feed.error).toBeNull();
	expect(feed.root).toEqual({ ns: 'http://www.w3.org/2005/Atom', name: 'feed' });
	expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
	expect(feed.title).toBe('France and NATO: updates and corrections');
	expect(feed.updated).toBe(`${entries[0]!.date}T00:00:00Z`);
	expect(feed.author).toBeTruthy();
	expect(feed.links).toContainEqual({
		rel: 'self',
		href: `${baseURL}/updates.xml`,
		type: 'application/atom+xml'
	});
	expect(feed.links).toContainEqual({ rel: 'alternate', href: `${baseURL}/updates/`, type: 'text/html' });
	expect(feed.entries).toHaveLength(entries.length);
	expect(new Set(feed.entries.map((e) => e.id)).size).toBe(entries.length);
	feed.entries.forEach((got, i) => {
		const entry = entries[i]!;
		expect(got.id).toMatch(/^urn:uuid:/);
		expect(got.title).toMatch(entry.kind === 'correction' ? /^Correction: / : /^Update: /);
		expect(got.updated).toBe(`${entry.date}T00:00:00Z`);
		expect(got.links).toEqual([
			{ rel: 'alternate', href: `${baseURL}/updates/#${entry.id}`, type: 'text/html' }
		]);
		expect(got.category).toBe(entry.kind);
		expect(got.contentType).toBe('html');
		// The escaped HTML holds what changed and why, unescaped once by the parser.
		expect(got.content).toContain(entry.what.en);
		if (entry.why) expect(got.content).toContain(entry.why.en);
	});
	// Its ids never depend on the address the site is served from.
	expect(xml).not.toContain(`<id>${baseURL}`);
});

test('every page and embed points feed readers to the log', async ({ page }) => {
	for (const route of [
		'/',
		'/seats/',
		'/methodology/',
		'/updates/',
		'/embed/v1/seats/',
		'/embed/v1/timeline/'
	]) {
		await page.goto(route);
		const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
		await expect(link, route).toHaveCount(1);
		expect(await link.evaluate((l) => (l as HTMLLinkElement).href), route).toMatch(/\/updates\.xml$/);
	}
});

test('a chart page says when its data is from and when it was updated, linked to the entry', async ({
	page
}) => {
	const entry = newest('pages', 'seats')!;
	await page.goto('/seats/');
	const meta = page.locator('.article-header .meta');
	await expect(meta).toContainText(/Data as of \d{1,2} \w+ \d{4}/);
	await expect(meta).not.toContainText(/(^|[^a])As of/);
	const updated = meta.getByRole('link', { name: `Updated ${englishDate(entry.date)}` });
	expect(await updated.evaluate((a) => (a as HTMLAnchorElement).href)).toMatch(
		new RegExp(`/updates/#${entry.id}$`)
	);
	await updated.click();
	await expect(page).toHaveURL(new RegExp(`/updates/#${entry.id}$`));
	await expect(page.locator(`li[id="${entry.id}"]`)).toBeInViewport();
});

test('the story reports up to a date, then says when it was updated; no bare "As of"', async ({ page }) => {
	const entry = newest('pages', 'story')!;
	await page.goto('/');
	const meta = page.locator('.article-header .meta');
	await expect(meta).toContainText(`Reporting to ${englishDate(ballots.asOf)}`);
	const updated = meta.getByRole('link', { name: `Updated ${englishDate(entry.date)}` });
	expect(await updated.evaluate((a) => (a as HTMLAnchorElement).href)).toMatch(
		new RegExp(`/updates/#${entry.id}$`)
	);
	await expect(meta).not.toContainText('As of');
});

/** The pages with a header, by their id in the log, and where they are served. */
const pagePaths: Record<string, string> = {
	story: '/',
	timeline: '/timeline/',
	seats: '/seats/',
	positions: '/positions/',
	debate: '/debate/',
	methodology: '/methodology/',
	sources: '/sources/'
};

test('every page shows the newest entry that names it, and a page no entry names shows none', async ({
	page
}) => {
	for (const [id, path] of Object.entries(pagePaths)) {
		const entry = newest('pages', id);
		await page.goto(path);
		const updated = page.locator('[data-updated]');
		if (!entry) {
			await expect(page.locator('[data-updated]'), id).toHaveCount(0);
			continue;
		}
		await expect(updated.first(), id).toHaveText(`Updated ${englishDate(entry.date)}`);
		expect(await updated.first().getAttribute('href'), id).toMatch(new RegExp(`/updates/#${entry.id}$`));
	}
});

test('the footer says what the site reports up to and when its sources were checked, and links to the log', async ({
	page
}) => {
	const checked = sources.sources
		.map((s) => s.checked)
		.toSorted()
		.at(-1)!;
	await page.goto('/methodology/');
	const footer = page.locator('footer.site-footer');
	await expect(footer).toContainText(`Reporting to ${englishDate(ballots.asOf)}.`);
	await expect(footer).toContainText(`Sources last checked ${englishDate(checked)}.`);
	// The licences, in a line and on the methodology page.
	await expect(footer.locator('.licence')).toContainText('MIT licence');
	await expect(footer.locator('.licence')).toContainText('CC BY 4.0');
	await footer.getByRole('link', { name: 'Licences and reuse' }).click();
	await expect(page.locator('#licences')).toBeInViewport();
	await expect(page.locator('#licences + p')).toContainText('Creative Commons Attribution 4.0');
	await footer.getByRole('link', { name: 'Updates and corrections' }).click();
	await expect(page).toHaveURL(/\/updates\/$/);
	await expect(page.locator('h1')).toHaveText('Updates and corrections');
});

test('an embed says when its chart was updated, linking to the entry on the site in a new tab', async ({
	page,
	baseURL
}) => {
	for (const chart of ['seats', 'timeline', 'positions', 'arguments', 'ballots']) {
		const entry = newest('charts', chart);
		await page.goto(`/embed/v1/${chart}/`);
		await expect(page.locator('footer')).toContainText(/Data as of \d{1,2} \w+ \d{4}\./);
		if (!entry) {
			await expect(page.locator('footer [data-updated]'), chart).toHaveCount(0);
			continue;
		}
		const link = page.locator('footer').getByRole('link', { name: `Updated ${englishDate(entry.date)}` });
		await expect(link, chart).toHaveAttribute('href', `${baseURL}/updates/#${entry.id}`);
		await expect(link, chart).toHaveAttribute('target', '_blank');
		await expect(page.locator('footer'), chart).toContainText(/Data as of \d{1,2} \w+ \d{4}\. Updated/);
	}
});
