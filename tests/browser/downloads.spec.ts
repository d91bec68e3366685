/** Every chart offers its data as prerendered CSV and JSON files, with sources, an "as of" date and a credit. */
import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { assembly as records } from './assemblyData';

/** Where a link goes, resolved as the browser follows it (the prerendered links are relative to the page). */
const target = (link: Locator) => link.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);

const charts = [
	{ page: '/seats/', file: 'seats' },
	{ page: '/timeline/', file: 'timeline' },
	{ page: '/positions/', file: 'positions' },
	{ page: '/debate/', file: 'arguments' },
	{ page: '/seats/', file: 'ballots' }
];

for (const { page: route, file } of charts)
	test(`${route} links to its ${file} data as CSV and JSON, with a suggested credit`, async ({
		page,
		request
	}) => {
		await page.goto(route);
		// One set of links under each chart (the seats page has two charts).
		const downloads = page.locator(`.reuse[data-chart="${file}"] .downloads`);
		await expect(downloads).toContainText('Suggested credit');
		const csvLink = downloads.getByRole('link', { name: 'CSV' });
		expect(await target(csvLink)).toBe(`/data/v1/${file}.csv`);
		await expect(csvLink).toHaveAttribute('download', '');

		const csv = await request.get(`/data/v1/${file}.csv`);
		expect(csv.status()).toBe(200);
		const lines = (await csv.text()).trimEnd().split('\r\n');
		const json = (await (await request.get(`/data/v1/${file}.json`)).json()) as {
			asOf: string;
			credit: string;
			fields: { name: string }[];
			records: Record<string, unknown>[];
			sources: { id: string; url: string }[];
		};
		// The CSV and the JSON hold the same records and fields.
		expect(lines[0]).toBe(json.fields.map((f) => f.name).join(','));
		expect(json.records.length).toBeGreaterThan(5);
		expect(json.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(json.credit).toMatch(/graphics team/);
		// Every source id a record cites is listed with its address.
		const listed = new Set(json.sources.map((s) => s.id));
		for (const record of json.records)
			for (const id of String(record.sources ?? '')
				.split(' ')
				.filter(Boolean))
				expect(listed).toContain(id);
		for (const source of json.sources) expect(source.url).toMatch(/^https?:\/\//);
	});

test('each data download says under what licence it may be reused, as the site’s footer does', async ({
	request
}) => {
	for (const chart of ['seats', 'ballots', 'timeline', 'positions', 'arguments']) {
		const { licence } = (await (await request.get(`/data/v1/${chart}.json`)).json()) as {
			licence: { spdx: string; url: string; credit: string; except: { spdx?: string; name: string }[] };
		};
		expect(licence, chart).toMatchObject({
			spdx: 'CC-BY-4.0',
			url: 'https://creativecommons.org/licenses/by/4.0/'
		});
		expect(licence.credit, chart).toContain('France and NATO');
		if (chart === 'seats' || chart === 'ballots') expect(licence.except[0]!.spdx).toBe('etalab-2.0');
	}
});

test('a downloaded seat table matches the chart: 577 seats at each date', async ({ request }) => {
	const json = (await (await request.get('/data/v1/seats.json')).json()) as {
		records: { date: string; seats: number; vacant_seats: number; total_seats: number }[];
	};
	const byDate = new Map<string, typeof json.records>();
	for (const r of json.records) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
	expect(byDate.size).toBeGreaterThanOrEqual(2);
	for (const rows of byDate.values())
		expect(rows.reduce((sum, r) => sum + r.seats, 0) + rows[0]!.vacant_seats).toBe(rows[0]!.total_seats);
});

test('a downloaded ballot table matches the Assembly’s records and adds up, ballot by ballot and group by group', async ({
	request
}) => {
	const csv = (await (await request.get('/data/v1/ballots.csv')).text()).trimEnd().split('\r\n');
	const json = (await (await request.get('/data/v1/ballots.json')).json()) as {
		asOf: string;
		fields: { name: string; description: string }[];
		records: Record<string, string | number | boolean | null>[];
		byGroup: { fields: { name: string }[]; records: Record<string, string | number>[] };
	};
	const ballots = JSON.parse(readFileSync('content/data/assembly-ballots.json', 'utf8')) as {
		asOf: string;
		ballots: (typeof records.resolutions)[number][];
	};
	expect(json.asOf).toBe(ballots.asOf);
	// One line per ballot, of both kinds, oldest first.
	expect(csv).toHaveLength(ballots.ballots.length + 1);
	expect(json.records).toHaveLength(ballots.ballots.length);
	expect(new Set(json.records.map((r) => r.kind))).toEqual(new Set(['resolution-34-1', 'foreign-defence']));
	const dates = json.records.map((r) => String(r.date));
	expect(dates).toEqual(dates.toSorted());
	for (const field of json.fields) expect(field.description.length, field.name).toBeGreaterThan(5);
	for (const name of [
		'number',
		'date',
		'kind',
		'title_fr',
		'label_en',
		'result',
		'majority_rule',
		'requested_by',
		'seated',
		'voting',
		'cast',
		'needed',
		'for',
		'against',
		'abstain',
		'non_voting',
		'absent',
		'url'
	])
		expect(json.fields.map((f) => f.name)).toContain(name);

	for (const ballot of ballots.ballots) {
		const r = json.records.find((x) => x.number === ballot.number)!;
		const { totals } = ballot;
		expect(r).toMatchObject({
			date: ballot.date,
			kind: ballot.kind,
			result: ballot.result,
			seated: ballot.seated,
			voting: totals.voting,
			cast: totals.cast,
			needed: totals.needed,
			for: totals.for,
			against: totals.against,
			abstain: totals.abstain,
			url: ballot.sourceUrl,
			closest_precedent: ballot.number === records.precedent
		});
		const n = (key: string) => Number(r[key]);
		expect(n('for') + n('against') + n('abstain')).toBe(n('voting'));
		expect(n('for') + n('against')).toBe(n('cast'));
		expect(n('voting') + n('non_voting') + n('absent')).toBe(n('seated'));
		// Group by group: each group's deputies add up to its members, and the groups to the ballot.
		const groups = json.byGroup.records.filter((g) => g.number === ballot.number);
		expect(groups).toHaveLength(ballot.groups.length);
		for (const g of groups)
			expect(
				Number(g.for) + Number(g.against) + Number(g.abstain) + Number(g.non_voting) + Number(g.absent)
			).toBe(Number(g.members));
		const sum = (key: string) => groups.reduce((total, g) => total + Number(g[key]), 0);
		expect(sum('members')).toBe(n('seated'));
		for (const key of ['for', 'against', 'abstain', 'non_voting', 'absent'])
			expect(sum(key), key).toBe(n(key));
	}
	// The CSV says the same: the precedent's line, field by field.
	const header = csv[0]!.split(',');
	const line = csv.find((l) => l.startsWith(`${records.precedent},`))!;
	const precedent = json.records.find((r) => r.number === records.precedent)!;
	for (const name of ['date', 'kind', 'result', 'seated', 'voting', 'for', 'against', 'needed', 'url'])
		expect(line).toContain(`,${precedent[name]}`);
	expect(header.slice(0, 3)).toEqual(['number', 'date', 'kind']);
});

// The chart as an image: a standalone SVG made at build time from the chart's own component, and a PNG
// rasterised from it at twice its size.
const assembly = JSON.parse(readFileSync('content/data/assembly.json', 'utf8')) as {
	groups: { id: string; colour: string }[];
};
/** "#c00d0d" as Chromium reports a computed colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

for (const { page: route, file } of charts)
	test(`${route} links to the ${file} chart as SVG and PNG, served as images`, async ({ page, request }) => {
		await page.goto(route);
		const downloads = page.locator(`.reuse[data-chart="${file}"] .downloads`);
		const svgLink = downloads.getByRole('link', { name: 'SVG' });
		const pngLink = downloads.getByRole('link', { name: /^PNG/ });
		expect(await target(svgLink)).toBe(`/data/v1/${file}.svg`);
		expect(await target(pngLink)).toBe(`/data/v1/${file}.png`);
		await expect(pngLink).toHaveText('PNG, 2048 px wide');
		await expect(svgLink).toHaveAttribute('download', '');
		await expect(pngLink).toHaveAttribute('download', '');

		const svg = await request.get(`/data/v1/${file}.svg`);
		expect(svg.status()).toBe(200);
		expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
		const png = await request.get(`/data/v1/${file}.png`);
		expect(png.status()).toBe(200);
		expect(png.headers()['content-type']).toBe('image/png');
	});

for (const { file } of charts)
	test(`${file}.svg opens on its own: well formed, every text inside the image, nothing focusable`, async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`/data/v1/${file}.svg`);
		const report = await page.evaluate(() => {
			const root = document.documentElement as unknown as SVGSVGElement;
			const { width, height } = root.viewBox.baseVal;
			const outside = [...root.querySelectorAll('text')]
				.map((text) => {
					const box = text.getBBox();
					const m = text.getCTM()!;
					const [x0, y0] = [m.a * box.x + m.c * box.y + m.e, m.b * box.x + m.d * box.y + m.f];
					const [x1, y1] = [x0 + box.width * m.a, y0 + box.height * m.d];
					return { text: text.textContent, x0, y0, x1, y1 };
				})
				.filter((t) => t.x0 < 0 || t.y0 < 0 || t.x1 > width || t.y1 > height);
			return {
				name: root.localName,
				namespace: root.namespaceURI,
				title: root.querySelector('title')?.textContent,
				width,
				height,
				texts: root.querySelectorAll('text').length,
				outside,
				focusable: root.querySelectorAll('[tabindex], a, script, style').length,
				// Chromium shows a parse error in place of a document that is not well-formed XML.
				parseErrors: document.getElementsByTagName('parsererror').length
			};
		});
		expect(report.name).toBe('svg');
		expect(report.namespace).toBe('http://www.w3.org/2000/svg');
		expect(report.title).toBeTruthy();
		expect(report.width).toBe(1024);
		expect(report.texts).toBeGreaterThan(5);
		expect(report.outside).toEqual([]);
		expect(report.focusable).toBe(0);
		expect(report.parseErrors).toBe(0);
		expect(errors).toEqual([]);
	});

test('seats.svg opened on its own draws every group in its own colour', async ({ page }) => {
	await page.goto('/data/v1/seats.svg');
	for (const group of assembly.groups) {
		const seat = page.locator(`g[data-group="${group.id}"] circle`).first();
		if (!(await seat.count())) continue;
		await expect(seat).toHaveCSS('fill', rgb(group.colour.toLowerCase()));
	}
	// The background is the light theme's paper, not transparent.
	await expect(page.locator('svg > rect').first()).toHaveCSS('fill', 'rgb(252, 251, 248)');
});

for (const { file } of charts)
	test(`${file}.png decodes at twice the SVG's size and shows what the SVG shows`, async ({ page }) => {
		await page.goto('/sources/');
		const result = await page.evaluate(async (name) => {
			const load = (src: string) =>
				new Promise<HTMLImageElement>((resolve, reject) => {
					const img = new Image();
					img.onload = () => resolve(img);
					img.onerror = () => reject(new Error(`${src} did not load`));
					img.src = src;
				});
			const png = await load(`/data/v1/${name}.png`);
			const svg = await load(`/data/v1/${name}.svg`);
			// Both drawn at the SVG's size, then averaged over cells of 32 px, so that the fonts (Inter in the PNG, a
			// fallback here) barely count: the comparison is of where the marks and the text are, and how dark.
			const [W, H, cell] = [svg.naturalWidth, svg.naturalHeight, 32];
			const luminance = (img: HTMLImageElement | null) => {
				const canvas = document.createElement('canvas');
				[canvas.width, canvas.height] = [W, H];
				const context = canvas.getContext('2d')!;
				context.fillStyle = '#fcfbf8';
				context.fillRect(0, 0, W, H);
				if (img) context.drawImage(img, 0, 0, W, H);
				const data = context.getImageData(0, 0, W, H).data;
				const [cols, rows] = [Math.floor(W / cell), Math.floor(H / cell)];
				const cells = new Array<number>(cols * rows).fill(0);
				for (let y = 0; y < rows * cell; y++)
					for (let x = 0; x < cols * cell; x++) {
						const i = (y * W + x) * 4;
						cells[Math.floor(y / cell) * cols + Math.floor(x / cell)]! +=
							0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
					}
				return cells;
			};
			const correlation = (a: number[], b: number[]) => {
				const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
				const [ma, mb] = [mean(a), mean(b)];
				let [ab, aa, bb] = [0, 0, 0];
				for (let i = 0; i < a.length; i++) {
					ab += (a[i]! - ma) * (b[i]! - mb);
					aa += (a[i]! - ma) ** 2;
					bb += (b[i]! - mb) ** 2;
				}
				return aa && bb ? ab / Math.sqrt(aa * bb) : 0;
			};
			// Colours of the full-size PNG, to tell an image from a flat one.
			const full = document.createElement('canvas');
			[full.width, full.height] = [png.naturalWidth, png.naturalHeight];
			full.getContext('2d')!.drawImage(png, 0, 0);
			const data = full.getContext('2d')!.getImageData(0, 0, full.width, full.height).data;
			const colours = new Set<number>();
			for (let i = 0; i < data.length; i += 4)
				colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
			const [fromPng, fromSvg, blank] = [luminance(png), luminance(svg), luminance(null)];
			return {
				png: [png.naturalWidth, png.naturalHeight],
				svg: [svg.naturalWidth, svg.naturalHeight],
				likeSvg: correlation(fromPng, fromSvg),
				blankLikeSvg: correlation(blank, fromSvg),
				colours: colours.size
			};
		}, file);
		expect(result.png).toEqual([result.svg[0]! * 2, result.svg[1]! * 2]);
		// Not blank, and the same picture as the SVG cell by cell.
		expect(result.colours).toBeGreaterThan(50);
		expect(Math.abs(result.blankLikeSvg)).toBeLessThan(0.01);
		expect(result.likeSvg).toBeGreaterThan(0.9);
	});
