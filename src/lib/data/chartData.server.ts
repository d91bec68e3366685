/**
 * The data behind each chart as a download: one table per chart (CSV) and the same records with the sources
 * they cite (JSON), each with its "as of" date and a suggested credit. Prerendered by src/routes/data/v1.
 */
import { argumentTree } from '$lib/layout/argumentTree';
import { compositionPoints } from './assemblyRecords';
import { toCsv, type CsvValue } from './csv';
import { dataLicence, type ThirdParty } from './licences';
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
	/** What in it is not ours to license (see licences.ts). */
	thirdParty: ThirdParty[];
	/** A second table, in the JSON only, under its own key: e.g. each record broken down by group. */
	detail?: { key: string; description: string; table: { columns: Column<unknown>[]; rows: unknown[] } };
}

const table = <Row>(t: Table<Row>) => t as unknown as Table<unknown>;
const detail = <Row>(t: { columns: Column<Row>[]; rows: Row[] }) =>
	t as unknown as { columns: Column<unknown>[]; rows: unknown[] };
const ids = (list: readonly string[]) => list.join(' ');

function tables(content: Content): Record<ChartId, Table<unknown>> {
	const { assembly, timeline, natoPositions, arguments: debate } = content;
	// The charts' model: the side and depth a reader downloads are the ones the debate chart draws.
	const debateTree = argumentTree(debate.thesis, debate.claims);
	const claimNode = (id: string) => debateTree.nodes.get(id)!;
	const compositions = compositionPoints(content);
	const positions = positionChart(content);
	const stanceLabel = new Map(natoPositions.scale.map((s) => [s.id, s.label]));
	return {
		seats: table({
			title: 'Seats of the French National Assembly by group',
			asOf: compositions.at(-1)!.date,
			rows: compositions.flatMap((composition) => assembly.groups.map((group) => ({ composition, group }))),
			sourcesOf: ({ composition }) => composition.sources,
			thirdParty: ['assembly'],
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
			thirdParty: [],
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
			thirdParty: ['ches', 'quotations'],
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
			thirdParty: ['quotations'],
			columns: [
				{ name: 'id', description: 'Claim id', value: (c) => c.id },
				{ name: 'target', description: 'The claim or thesis it bears on', value: (c) => c.target },
				{ name: 'relation', description: 'support, attack or undercut', value: (c) => c.relation },
				{
					name: 'side',
					description: 'for or against leaving NATO',
					value: (c) => claimNode(c.id).side
				},
				{
					name: 'depth',
					description: '1 for a claim on the thesis itself',
					value: (c) => claimNode(c.id).depth
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
		}),
		ballots: ballotsTable(content)
	};
}

/**
 * The recorded ballots, one row per ballot with the Assembly's totals: the resolutions under Article 34-1 the
 * chart draws and the foreign-affairs and defence votes, told apart by `kind`. The JSON adds each ballot group by
 * group (`byGroup`), one record per ballot and group.
 */
function ballotsTable(content: Content): Table<unknown> {
	const { assembly, assemblyBallots } = content;
	type Ballot = (typeof assemblyBallots.ballots)[number];
	const ballots = assemblyBallots.ballots.toSorted(
		(a, b) => a.date.localeCompare(b.date) || a.number - b.number
	);
	const absent = (b: Ballot) => b.seated - b.totals.voting - b.totals.nonVoting;
	const counts = {
		for: 'Votes for',
		against: 'Votes against',
		abstain: 'Abstentions',
		non_voting:
			'Present but not voting (the chair of the sitting, members of the government, deputies who asked to be so recorded)'
	};
	return table<Ballot>({
		title:
			'Recorded ballots of the French National Assembly: resolutions under Article 34-1 of the Constitution, and foreign-affairs and defence votes',
		asOf: assemblyBallots.asOf,
		rows: ballots,
		sourcesOf: () => [assemblyBallots.source],
		thirdParty: ['assembly'],
		columns: [
			{
				name: 'number',
				description: "The Assembly's ballot number (scrutin public n°)",
				value: (b) => b.number
			},
			{ name: 'date', description: 'Date of the ballot (YYYY-MM-DD)', value: (b) => b.date },
			{
				name: 'kind',
				description:
					'resolution-34-1: a resolution under Article 34-1 of the Constitution (the ballots the chart draws); foreign-defence: a vote on foreign affairs or defence',
				value: (b) => b.kind
			},
			{
				name: 'title_fr',
				description: "The Assembly's title of the ballot, in French",
				value: (b) => b.title
			},
			{
				name: 'label_en',
				description: 'Our short English title, where we wrote one',
				value: (b) => assembly.ballotLabels[String(b.number)]
			},
			{ name: 'result', description: 'adopted or rejected', value: (b) => b.result },
			{
				name: 'majority_rule',
				description: 'The majority the ballot required, as the Assembly words it (in French)',
				value: (b) => b.majority
			},
			{
				name: 'requested_by',
				description: 'Who asked for the public ballot, as the Assembly words it (in French)',
				value: (b) => b.requestedBy
			},
			{ name: 'seated', description: 'Deputies seated that day', value: (b) => b.seated },
			{
				name: 'voting',
				description: 'Deputies who voted: for + against + abstain',
				value: (b) => b.totals.voting
			},
			{ name: 'cast', description: 'Votes cast: for + against', value: (b) => b.totals.cast },
			{ name: 'needed', description: 'Votes needed to pass', value: (b) => b.totals.needed },
			{ name: 'for', description: counts.for, value: (b) => b.totals.for },
			{ name: 'against', description: counts.against, value: (b) => b.totals.against },
			{ name: 'abstain', description: counts.abstain, value: (b) => b.totals.abstain },
			{ name: 'non_voting', description: counts.non_voting, value: (b) => b.totals.nonVoting },
			{
				name: 'absent',
				description: 'Seated deputies who took no part: seated − voting − non_voting',
				value: absent
			},
			{
				name: 'closest_precedent',
				description: 'Whether this is the ballot the chart picks out as the closest precedent to the motion',
				value: (b) => b.number === assembly.closestPrecedent
			},
			{ name: 'url', description: "The ballot's page on the Assembly's site", value: (b) => b.sourceUrl },
			{ name: 'sources', description: 'Source ids', value: () => assemblyBallots.source }
		],
		detail: {
			key: 'byGroup',
			description:
				'Each ballot group by group: one record per ballot and group; for + against + abstain + non_voting + absent is members.',
			table: detail({
				rows: ballots.flatMap((ballot) => ballot.groups.map((group) => ({ ballot, group }))),
				columns: [
					{ name: 'number', description: 'The ballot number, as in records', value: (r) => r.ballot.number },
					{ name: 'date', description: 'Date of the ballot (YYYY-MM-DD)', value: (r) => r.ballot.date },
					{
						name: 'group',
						description: "The group's short name in the Assembly (as in seats.json)",
						value: (r) => r.group.group
					},
					{ name: 'members', description: "The group's members that day", value: (r) => r.group.members },
					{ name: 'for', description: counts.for, value: (r) => r.group.for },
					{ name: 'against', description: counts.against, value: (r) => r.group.against },
					{ name: 'abstain', description: counts.abstain, value: (r) => r.group.abstain },
					{ name: 'non_voting', description: counts.non_voting, value: (r) => r.group.nonVoting },
					{
						name: 'absent',
						description: 'Members who neither voted nor were recorded as not voting',
						value: (r) => r.group.absent
					}
				]
			})
		}
	});
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
	const fields = (columns: Column<unknown>[]) =>
		columns.map((c) => ({ name: c.name, description: c.description }));
	const records = (columns: Column<unknown>[], rows: unknown[]) =>
		rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, c.value(row) ?? null])));
	return {
		title: t.title,
		asOf: t.asOf,
		credit,
		licence: dataLicence(credit, t.thirdParty),
		fields: fields(t.columns),
		records: records(t.columns, t.rows),
		...(t.detail && {
			[t.detail.key]: {
				description: t.detail.description,
				fields: fields(t.detail.table.columns),
				records: records(t.detail.table.columns, t.detail.table.rows)
			}
		}),
		sources: content.sources.sources
			.filter((s) => cited.has(s.id))
			.map(({ id: sourceId, title, publisher, url, published, checked }) => ({
				id: sourceId,
				title,
				publisher,
				url,
				published: published ?? null,
				checked
			}))
	};
}
