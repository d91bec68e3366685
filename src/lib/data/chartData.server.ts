/**
 * The data behind each chart as a download: one table per chart (CSV) and the same records with the sources
 * they cite (JSON), each with its "as of" date and a suggested credit. Prerendered by src/routes/data/v1.
 */
import { claimDepth, sideOf } from './argumentGraph';
import { compositionPoints } from './assemblyRecords';
import { toCsv, type CsvValue } from './csv';
import { positionChart } from './positionChart.server';
import type { Content } from './validate';

import type { ChartId } from './chartIds';

interface Column<Row> {
	name: string;
	description: string;
	value: (row: Row) => CsvValue;
}

interface Table<Row> {
	title: string;
	asOf: string;
	columns: Column<Row>[];
	rows: Row[];
	sourcesOf: (row: Row) => string[];
}

const table = <Row>(t: Table<Row>) => t as unknown as Table<unknown>;
const ids = (list: readonly string[]) => list.join(' ');

function tables(content: Content): Record<ChartId, Table<unknown>> {
	const { assembly, timeline, natoPositions, arguments: debate } = content;
	const compositions = compositionPoints(content);
	const positions = positionChart(content);
	const stanceLabel = new Map(natoPositions.scale.map((s) => [s.id, s.label]));
	return {
		seats: table({
			title: 'Seats of the French National Assembly by group',
			asOf: compositions.at(-1)!.date,
			rows: compositions.flatMap((composition) => assembly.groups.map((group) => ({ composition, group }))),
			sourcesOf: ({ composition }) => composition.sources,
			columns: [
				{ name: 'date', description: 'Date of the count (YYYY-MM-DD)', value: (r) => r.composition.date },
				{
					name: 'occasion',
					description: 'What the count was taken for, when it was not read from a ballot record',
					value: (r) => r.composition.event ?? undefined
				},
				{
					name: 'ballot',
					description: "The Assembly's ballot (scrutin public n°) whose record gives the sizes",
					value: (r) => r.composition.ballot ?? undefined
				},
				{
					name: 'ballot_url',
					description: "That ballot's page on the Assembly's site",
					value: (r) => r.composition.sourceUrl ?? undefined
				},
				{
					name: 'seated',
					description: 'Deputies seated at that date',
					value: (r) => r.composition.seated
				},
				{ name: 'group', description: "The group's short name in the Assembly", value: (r) => r.group.id },
				{ name: 'name_fr', description: "The group's name", value: (r) => r.group.nameFr },
				{ name: 'name_en', description: "The group's name in English", value: (r) => r.group.nameEn },
				{ name: 'parties', description: 'Parties in the group', value: (r) => r.group.parties.join('; ') },
				{ name: 'bloc', description: 'Bloc (nfp, ensemble, rn, other)', value: (r) => r.group.bloc },
				{ name: 'seats', description: 'Seats held', value: (r) => r.composition.seats[r.group.id] ?? 0 },
				{
					name: 'vacant_seats',
					description: 'Vacant seats in the Assembly at that date',
					value: (r) => r.composition.vacant
				},
				{ name: 'total_seats', description: 'Seats in the Assembly', value: () => assembly.totalSeats },
				{
					name: 'sources',
					description: 'Source ids (see the sources list)',
					value: (r) => ids(r.composition.sources)
				}
			]
		}),
		timeline: table({
			title: 'Timeline: the US actions the motion cites, France in NATO, and Europe’s response',
			asOf: timeline.asOf,
			rows: timeline.events.toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
			sourcesOf: (e) => [...e.sources, ...(e.motionSources ?? [])],
			columns: [
				{ name: 'id', description: 'Event id', value: (e) => e.id },
				{
					name: 'date',
					description: 'Date, at the precision the sources give (YYYY, YYYY-MM or YYYY-MM-DD)',
					value: (e) => e.date
				},
				{ name: 'end_date', description: 'End date, for a span', value: (e) => e.endDate },
				{ name: 'lane', description: 'us, france-nato or europe', value: (e) => e.lane },
				{ name: 'category', description: 'Category id', value: (e) => e.category },
				{ name: 'title', description: 'Title', value: (e) => e.title },
				{ name: 'description', description: 'What happened', value: (e) => e.description },
				{ name: 'certainty', description: 'official-record, reported or alleged', value: (e) => e.certainty },
				{
					name: 'cited_by_motion',
					description: 'Whether the motion or its author cites it',
					value: (e) => e.citedByMotion
				},
				{ name: 'sources', description: 'Source ids', value: (e) => ids(e.sources) },
				{
					name: 'motion_sources',
					description: 'Where the motion or its author cites it',
					value: (e) => ids(e.motionSources ?? [])
				}
			]
		}),
		positions: table({
			title: 'French parties’ positions on NATO, with their expert-survey placement',
			asOf: natoPositions.asOf,
			rows: natoPositions.parties.map((party) => ({
				party,
				placed: positions.parties.find((p) => p.id === party.id)!
			})),
			sourcesOf: ({ party }) => party.evidence.flatMap((e) => e.sources),
			columns: [
				{ name: 'party', description: 'Party id', value: (r) => r.party.id },
				{ name: 'name', description: "The party's name", value: (r) => r.party.name },
				{ name: 'group', description: 'Its group in the Assembly, if any', value: (r) => r.party.group },
				{ name: 'stance', description: 'Stance id on our scale', value: (r) => r.party.stance },
				{ name: 'stance_label', description: 'Stance', value: (r) => stanceLabel.get(r.party.stance) },
				{
					name: 'stance_basis',
					description: 'seen: the party says so; inferred: our reading; none',
					value: (r) => r.party.stanceBasis
				},
				{
					name: 'ches_wave',
					description: 'Chapel Hill Expert Survey wave of the placements',
					value: () => positions.wave
				},
				{
					name: 'ches_lrgen',
					description: 'CHES overall left–right, 0 (far left) to 10 (far right)',
					value: (r) => r.placed.values.lrgen
				},
				{
					name: 'ches_eu_russia',
					description: 'CHES position on Russia (see the survey codebook)',
					value: (r) => r.placed.values.eu_russia
				},
				{
					name: 'evidence_date',
					description: 'Date of the newest evidence',
					value: (r) => r.party.evidence[0]?.date
				},
				{
					name: 'evidence',
					description: 'The evidence in its own words',
					value: (r) => r.party.evidence[0]?.text
				},
				{
					name: 'evidence_en',
					description: 'Our English translation',
					value: (r) => r.party.evidence[0]?.translations.en
				},
				{
					name: 'sources',
					description: 'Source ids',
					value: (r) => ids(r.party.evidence.flatMap((e) => e.sources))
				}
			]
		}),
		arguments: table({
			title: 'The debate on leaving NATO, claim by claim',
			asOf: debate.asOf,
			rows: debate.claims,
			sourcesOf: (c) => c.attributions.flatMap((a) => a.sources),
			columns: [
				{ name: 'id', description: 'Claim id', value: (c) => c.id },
				{ name: 'target', description: 'The claim or thesis it bears on', value: (c) => c.target },
				{ name: 'relation', description: 'support, attack or undercut', value: (c) => c.relation },
				{
					name: 'side',
					description: 'for or against leaving NATO',
					value: (c) => sideOf(debate.claims, c.id)
				},
				{
					name: 'depth',
					description: '1 for a claim on the thesis itself',
					value: (c) => claimDepth(debate.claims, c.id)
				},
				{ name: 'claim', description: 'The claim, in our words', value: (c) => c.text },
				{ name: 'kind', description: 'fact, forecast or value', value: (c) => c.kind },
				{ name: 'status', description: 'Evidence status', value: (c) => c.status },
				{
					name: 'speakers',
					description: 'Who made it (speaker, role; separated by |)',
					value: (c) => c.attributions.map((a) => `${a.speaker}, ${a.role}`).join(' | ')
				},
				{
					name: 'dates',
					description: 'When, for each speaker',
					value: (c) => c.attributions.map((a) => a.date).join(' | ')
				},
				{
					name: 'sources',
					description: 'Source ids',
					value: (c) => ids(c.attributions.flatMap((a) => a.sources))
				}
			]
		})
	};
}

/** A chart's data as CSV. */
export function chartCsv(content: Content, id: ChartId): string {
	const t = tables(content)[id];
	return toCsv(t.columns, t.rows);
}

/** A chart's data as JSON: the same records, what each field means, the sources cited, "as of" and credit. */
export function chartJson(content: Content, id: ChartId, credit: string): object {
	const t = tables(content)[id];
	const cited = new Set(t.rows.flatMap(t.sourcesOf));
	return {
		title: t.title,
		asOf: t.asOf,
		credit,
		fields: t.columns.map((c) => ({ name: c.name, description: c.description })),
		records: t.rows.map((row) => Object.fromEntries(t.columns.map((c) => [c.name, c.value(row) ?? null]))),
		sources: content.sources.sources
			.filter((s) => cited.has(s.id))
			.map(({ id: sourceId, title, publisher, url, published, checked }) => ({
				id: sourceId,
				title,
				publisher,
				url,
				published,
				checked
			}))
	};
}
