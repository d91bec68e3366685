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

	it('say under what licence they may be reused, and which parts keep their own terms', () => {
		type WithLicence = {
			licence: { spdx: string; credit: string; except: { spdx?: string; url: string }[] };
		};
		const licence = (id: (typeof chartIds)[number]) =>
			(chartJson(content, id, 'A credit') as WithLicence).licence;
		for (const id of chartIds) {
			expect(licence(id), id).toMatchObject({ spdx: 'CC-BY-4.0', credit: 'A credit' });
			for (const other of licence(id).except) expect(other.url, id).toMatch(/^https:\/\//);
		}
		// The Assembly's records, under its Licence Ouverte; the survey's values, under its own terms.
		for (const id of ['seats', 'ballots'] as const)
			expect(
				licence(id).except.map((e) => e.spdx),
				id
			).toEqual(['etalab-2.0']);
		expect(licence('positions').except.map((e) => e.url)).toContain('https://chesdata.eu/ches-europe');
		expect(licence('timeline').except).toEqual([]);
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

describe('the recorded-ballot download', () => {
	type Totals = Record<
		'seated' | 'voting' | 'cast' | 'for' | 'against' | 'abstain' | 'non_voting' | 'absent',
		number
	>;
	const json = chartJson(content, 'ballots', 'credit') as {
		asOf: string;
		records: (Totals & {
			number: number;
			kind: string;
			label_en: string | null;
			closest_precedent: boolean;
		})[];
		byGroup: { fields: { name: string }[]; records: (Totals & { number: number; members: number })[] };
	};

	it('holds every recorded ballot of both kinds, one record each, oldest first, as of the newest read', () => {
		expect(json.records.map((r) => r.number)).toEqual(
			content.assemblyBallots.ballots
				.toSorted((a, b) => a.date.localeCompare(b.date) || a.number - b.number)
				.map((b) => b.number)
		);
		expect(new Set(json.records.map((r) => r.kind))).toEqual(new Set(['resolution-34-1', 'foreign-defence']));
		expect(json.records.filter((r) => r.closest_precedent).map((r) => r.number)).toEqual([
			content.assembly.closestPrecedent
		]);
		expect(json.asOf).toBe(content.assemblyBallots.asOf);
	});

	it('adds up: totals within a ballot, and its groups to its totals', () => {
		for (const r of json.records) {
			expect(r.for + r.against + r.abstain, `${r.number}`).toBe(r.voting);
			expect(r.for + r.against, `${r.number}`).toBe(r.cast);
			expect(r.voting + r.non_voting + r.absent, `${r.number}`).toBe(r.seated);
			const groups = json.byGroup.records.filter((g) => g.number === r.number);
			for (const key of ['for', 'against', 'abstain', 'non_voting', 'absent'] as const)
				expect(
					groups.reduce((sum, g) => sum + g[key], 0),
					`${r.number} ${key}`
				).toBe(r[key]);
			expect(
				groups.reduce((sum, g) => sum + g.members, 0),
				`${r.number}`
			).toBe(r.seated);
		}
		for (const g of json.byGroup.records)
			expect(g.for + g.against + g.abstain + g.non_voting + g.absent).toBe(g.members);
	});
});
