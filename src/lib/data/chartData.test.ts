import { describe, expect, it } from 'vitest';
import { content } from './content.server';
import { chartCsv, chartJson } from './chartData.server';
import { chartIds } from './chartIds';

describe('chart data downloads', () => {
	it('hold one CSV line and one JSON record per record, with the same fields', () => {
		for (const id of chartIds) {
			const lines = chartCsv(content, id).trimEnd().split('\r\n');
			const json = chartJson(content, id, 'credit') as { fields: { name: string }[]; records: object[] };
			expect(lines[0], id).toBe(json.fields.map((f) => f.name).join(','));
			// Fields may hold line breaks inside quotes, so count records, not lines, from the JSON.
			expect(json.records.length, id).toBeGreaterThan(5);
			expect(lines.length, id).toBeGreaterThanOrEqual(json.records.length + 1);
		}
	});

	it('give every claim its side and depth from the argument graph', () => {
		const json = chartJson(content, 'arguments', 'credit') as {
			records: { id: string; side: string; depth: number; target: string }[];
		};
		for (const r of json.records) {
			expect(['for', 'against']).toContain(r.side);
			if (r.target === 'thesis') expect(r.depth).toBe(1);
			else expect(r.depth).toBeGreaterThan(1);
		}
		expect(json.records.find((r) => r.id === 'us-unreliable-ally')).toMatchObject({ side: 'for', depth: 1 });
		expect(json.records.find((r) => r.id === 'europe-needs-the-us')).toMatchObject({
			side: 'against',
			depth: 1
		});
	});
});
