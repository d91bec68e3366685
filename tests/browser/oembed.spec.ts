/**
 * oEmbed: every chart page and embed names its oEmbed response in a discovery link; the response is a rich
 * oEmbed 1.0 object whose HTML, placed in another site's page the way WordPress places an unknown provider's
 * (sandboxed, with a secret), shows the chart and is sized to it by the embed's WordPress height messages.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';

const charts = {
	seats: '/seats/',
	timeline: '/timeline/',
	positions: '/positions/',
	arguments: '/debate/',
	ballots: '/seats/'
};

let hostPage = '';
let host: Server;
let hostOrigin = '';

test.beforeAll(async () => {
	host = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0">${hostPage}</body></html>`
		);
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => host.close());

/** The oEmbed response a page's discovery link for `chart` names. */
async function discover(page: Page, path: string, chart: string) {
	await page.goto(path);
	const links = page.locator('link[rel="alternate"][type="application/json+oembed"]');
	// The seats page has two charts, each with its link; its seat chart's comes first (a CMS takes the first).
	const charts = path === '/seats/' ? ['seats', 'ballots'] : [chart];
	await expect(links).toHaveCount(charts.length);
	for (const [i, name] of charts.entries())
		await expect(links.nth(i)).toHaveAttribute('href', new RegExp(`/oembed/v1/${name}\\.json$`));
	const href = (await links.nth(charts.indexOf(chart)).getAttribute('href'))!;
	const response = await page.request.get(href);
	expect(response.headers()['content-type']).toMatch(/^application\/json/);
	return { href, json: await response.json() };
}

for (const [chart, path] of Object.entries(charts))
	test(`${chart}: the chart page and its embed link to the same oEmbed response, a rich iframe of the embed`, async ({
		page,
		baseURL
	}) => {
		const fromPage = await discover(page, path, chart);
		const fromEmbed = await discover(page, `/embed/v1/${chart}/`, chart);
		expect(fromPage.href).toBe(`${baseURL}/oembed/v1/${chart}.json`);
		expect(fromEmbed.href).toBe(fromPage.href);
		const { json } = fromPage;
		expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${baseURL}/` });
		expect(json.title).toBe(await page.locator('h1').textContent());
		expect(json.html).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/v1/${chart}/" `));
		// Then the one script, the height listener the "Embed this chart" panel gives too.
		expect(json.html.match(/<script/gi)).toHaveLength(1);
		expect(json.html).toContain('f.contentWindow!==e.source');
	});

for (const chart of Object.keys(charts))
	test(`${chart}: pasted into WordPress, the oEmbed iframe shows the chart and takes its height`, async ({
		page,
		baseURL
	}) => {
		test.skip(page.viewportSize()!.width < 600, 'the response is written for a 600 px column');
		const json = await (await page.request.get(`${baseURL}/oembed/v1/${chart}.json`)).json();
		// What WordPress does with an unknown provider's iframe: sandbox it, mark it, and add a secret to its
		// address; its wp-embed.js then sizes the iframe whose data-secret a height message names (200–1000 px).
		const secret = 'Xy12ab';
		const html = (json.html as string)
			.replace(/src="([^"]+)"/, `src="$1#?secret=${secret}"`)
			.replace(
				'<iframe ',
				`<iframe class="wp-embedded-content" sandbox="allow-scripts" data-secret="${secret}" `
			);
		hostPage = `<div style="width:600px">${html}</div><script>
			addEventListener('message', (e) => {
				const d = e.data;
				if (!d || d.message !== 'height' || /[^a-zA-Z0-9]/.test(d.secret)) return;
				for (const f of document.querySelectorAll('.wp-embedded-content[data-secret="' + d.secret + '"]'))
					f.height = Math.min(1000, Math.max(200, d.value));
			});</script>`;
		await page.goto(`${hostOrigin}/post.html`);
		const iframe = page.locator('iframe');
		await expect(page.frameLocator('iframe').locator('h1')).toHaveText(json.title);
		// The embed's height once its fonts and styles have settled; the iframe must follow it.
		const body = page.frameLocator('iframe').locator('body');
		const settledHeight = () =>
			body.evaluate(async (element) => {
				await document.fonts.ready;
				if (document.readyState !== 'complete') await new Promise((done) => addEventListener('load', done));
				return Math.ceil(element.getBoundingClientRect().height);
			});
		await expect
			.poll(async () => {
				const content = await settledHeight();
				return Number(await iframe.getAttribute('height')) === Math.min(1000, Math.max(200, content));
			})
			.toBe(true);
		const content = await settledHeight();
		// The first frame's height, before any message, is near the real one.
		expect(Math.abs(json.height - content) / content).toBeLessThan(0.2);
	});

for (const chart of Object.keys(charts))
	test(`${chart}: pasted as-is where scripts run (Ghost, a plain HTML block), the oEmbed iframe takes the chart’s height in a 380 or 720 px column`, async ({
		page,
		baseURL
	}) => {
		test.skip(page.viewportSize()!.width < 800, 'both columns fit on the desktop page');
		const json = await (await page.request.get(`${baseURL}/oembed/v1/${chart}.json`)).json();
		for (const width of [380, 720]) {
			hostPage = `<div style="width:${width}px">${json.html}</div>`;
			await page.goto(`${hostOrigin}/post-${width}.html`);
			const iframe = page.locator('iframe');
			const body = page.frameLocator('iframe').locator('body');
			await expect(page.frameLocator('iframe').locator('h1')).toHaveText(json.title);
			await expect
				.poll(async () =>
					Math.abs(
						(await iframe.evaluate((el) => el.getBoundingClientRect().height)) -
							(await body.evaluate((el) => el.getBoundingClientRect().height))
					)
				)
				.toBeLessThan(2);
		}
	});

test('where a host strips the script and nothing sizes the iframe, what does not fit scrolls into view', async ({
	page,
	baseURL
}) => {
	const json = await (await page.request.get(`${baseURL}/oembed/v1/timeline.json`)).json();
	// In a 320 px column the timeline embed is far taller than the height the response gives.
	hostPage = `<div style="width:320px">${(json.html as string).split('\n')[0]}</div><p style="height:3000px">After the embed.</p>`;
	await page.goto(`${hostOrigin}/stripped.html`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('h1')).toHaveText(json.title);
	const box = (await page.locator('iframe').boundingBox())!;
	expect(await frame.locator('body').evaluate((body) => body.scrollHeight > innerHeight + 100)).toBe(true);
	await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 400) / 2);
	await page.mouse.wheel(0, 600);
	await expect.poll(() => frame.locator('body').evaluate(() => scrollY)).toBeGreaterThan(0);
});
