/** Every chart offers its data as prerendered CSV and JSON files, with sources, an "as of" date and a credit. */
import { expect, test } from '@playwright/test';

const charts = [
	{ page: '/seats/', file: 'seats' },
	{ page: '/timeline/', file: 'timeline' },
	{ page: '/positions/', file: 'positions' },
	{ page: '/debate/', file: 'arguments' }
];

for (const { page: route, file } of charts)
	test(`${route} links to its data as CSV and JSON, with a suggested credit`, async ({ page, request }) => {
		await page.goto(route);
		const downloads = page.locator('.downloads');
		await expect(downloads).toContainText('Suggested credit');
		const csvLink = downloads.getByRole('link', { name: 'CSV' });
		await expect(csvLink).toHaveAttribute('href', `/data/v1/${file}.csv`);
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
