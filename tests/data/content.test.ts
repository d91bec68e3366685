/** The project's real content: valid, fully cited, and every source used. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDirectory } from '../../src/lib/data/contentValidationPlugin';
import { datasetFingerprint } from '../../src/lib/data/datasetVersions';
import { datasetFiles } from '../../src/lib/data/validate';
import { content } from '../../src/lib/data/content.server';
import type { ChesItemId, ChesWaveId } from '../../src/lib/data/schemas';
import { argumentTree } from '../../src/lib/layout/argumentTree';
import { factIdsIn, sourcesCitedIn } from '../../src/lib/story/citations';

const root = join(import.meta.dirname, '../..');

/** The text of every copy file, in every locale. */
function copyFiles(): string[] {
	return readdirSync(join(root, 'content'))
		.filter((dir) => dir !== 'data')
		.flatMap((locale) =>
			readdirSync(join(root, 'content', locale))
				.filter((file) => file.endsWith('.md'))
				.map((file) => readFileSync(join(root, 'content', locale, file), 'utf8'))
		);
}

/** Source ids that copy files cite directly with <Cite ids="…" />. */
function sourcesCitedInCopy(): Set<string> {
	const direct = { factSources: {}, seatSources: [] };
	return new Set(copyFiles().flatMap((text) => [...sourcesCitedIn(text, direct)]));
}

/** Every place content/data/nato-positions.json cites sources: each evidence item and history entry. */
function natoCitations(): { where: string; sources: string[] }[] {
	return content.natoPositions.parties.flatMap((party) => [
		...party.evidence.map((item, i) => ({ where: `${party.id} evidence[${i}]`, sources: item.sources })),
		...party.history.map((entry, i) => ({ where: `${party.id} history[${i}]`, sources: entry.sources }))
	]);
}

/** Every place content/data/ches.json cites sources: each survey item and each wave. */
function chesCitations(): { where: string; sources: string[] }[] {
	return [
		...content.ches.items.map((item) => ({ where: `ches item ${item.id}`, sources: item.sources })),
		...content.ches.waves.map((wave) => ({ where: `ches wave ${wave.id}`, sources: wave.sources }))
	];
}

/** Every place content/data/timeline.json cites sources: each event, where the motion cites it, and its disagreement. */
function timelineCitations(): { where: string; sources: string[] }[] {
	return content.timeline.events.flatMap((event) => [
		{ where: `timeline event ${event.id}`, sources: event.sources },
		...(event.motionSources
			? [{ where: `timeline event ${event.id} motionSources`, sources: event.motionSources }]
			: []),
		...(event.disagreement
			? [{ where: `timeline event ${event.id} disagreement`, sources: event.disagreement.sources }]
			: [])
	]);
}

/** Every place content/data/arguments.json cites sources: each attribution of each claim, and corrections. */
function argumentCitations(): { where: string; sources: string[] }[] {
	return content.arguments.claims.flatMap((claim) => [
		...claim.attributions.map((item, i) => ({
			where: `argument ${claim.id} attributions[${i}]`,
			sources: item.sources
		})),
		...(claim.correction
			? [{ where: `argument ${claim.id} correction`, sources: claim.correction.sources }]
			: [])
	]);
}

/** Each claim of the argument graph with all the sources it cites, attributions and correction together. */
function argumentClaimCitations(): { where: string; sources: string[] }[] {
	return content.arguments.claims.map((claim) => ({
		where: `argument ${claim.id}`,
		sources: [...claim.attributions.flatMap((item) => item.sources), ...(claim.correction?.sources ?? [])]
	}));
}

/**
 * The parties with a documented NATO stance whose people our research file on the debate
 * (../shared/research/debate.md) quotes: each must speak somewhere in the argument graph. MoDem, Horizons
 * and the UDR have no quote there.
 */
const partiesQuotedInTheDebate = [
	'lfi',
	'pcf',
	'les-ecologistes',
	'ps',
	'renaissance',
	'lr',
	'rn',
	'reconquete'
];

/**
 * The US actions that Clémence Guetté or the LFI text cite (facts.md D3, facts-gaps.md 4.1), by the timeline
 * event that stands for each. Election interference has two: the meeting with the AfD's leader and the
 * National Security Strategy that the LFI press release names.
 */
const actionsCitedByMotion = {
	"capture of Venezuela's president": ['maduro-captured'],
	'threats to annex Greenland': ['greenland-military-option'],
	'sanctions on European officials over tech regulation (Breton visa ban)': ['breton-visa-ban'],
	'the EU–US trade deal': ['turnberry-trade-framework'],
	'the demand for 5% of GDP on defence': ['hague-summit-five-percent'],
	'interference in European elections': ['vance-meets-weidel', 'us-national-security-strategy']
};

/** Our party ids in ascending order of a CHES item's score in one wave, for the parties scored on it. */
function chesOrder(wave: ChesWaveId, item: ChesItemId): string[] {
	return content.ches.parties
		.flatMap((party) => {
			const value = party.scores[wave]?.[item];
			return value === undefined ? [] : [{ id: party.id, value }];
		})
		.sort((a, b) => a.value - b.value)
		.map((party) => party.id);
}

/** Fact ids used in copy files with <Fact id="…" /> or <Quote id="…" />. */
function factsUsedInCopy(): Set<string> {
	return new Set(copyFiles().flatMap((text) => [...factIdsIn(text)]));
}

describe('content/', () => {
	it('passes validation as the build sees it', () => {
		expect(() => validateContentDirectory(root)).not.toThrow();
	});

	it('cites every source it lists, so the sources page holds nothing unused', () => {
		const cited = new Set([
			...sourcesCitedInCopy(),
			...content.keyFacts.facts.flatMap((f) => f.sources),
			...content.assembly.groups.flatMap((g) => g.sources),
			...content.assembly.compositions.flatMap((c) => c.sources),
			...content.assembly.totalSeatsSources,
			content.assemblyCompositions.source,
			content.assemblyBallots.source,
			...natoCitations().flatMap((c) => c.sources),
			...chesCitations().flatMap((c) => c.sources),
			...timelineCitations().flatMap((c) => c.sources),
			...argumentCitations().flatMap((c) => c.sources),
			...content.election2024.alliances.flatMap((a) => a.sources)
		]);
		const unused = content.sources.sources.map((s) => s.id).filter((id) => !cited.has(id));
		expect(unused).toEqual([]);
	});

	it('cites only sources that exist from the copy', () => {
		const known = new Set(content.sources.sources.map((s) => s.id));
		expect([...sourcesCitedInCopy()].filter((id) => !known.has(id))).toEqual([]);
	});

	it('uses every key fact in the copy, and only facts that exist', () => {
		const used = factsUsedInCopy();
		const known = new Set(content.keyFacts.facts.map((f) => f.id));
		expect([...used].filter((id) => !known.has(id))).toEqual([]);
		expect([...known].filter((id) => !used.has(id))).toEqual([]);
	});

	it('translates every non-English quote into English, and marks none as needing it in its own language', () => {
		for (const fact of content.keyFacts.facts)
			if (fact.kind === 'quote') {
				if (fact.lang !== 'en') expect(fact.translations.en, fact.id).toBeTruthy();
				expect(fact.translations[fact.lang], fact.id).toBeUndefined();
			}
	});

	it('never relies on a weak source alone', () => {
		const weak = new Set(content.sources.sources.filter((s) => s.reliability === 'weak').map((s) => s.id));
		const records = [
			...[...content.keyFacts.facts, ...content.assembly.groups, ...content.assembly.compositions].map(
				(record) => ({ where: record.id, sources: record.sources })
			),
			...natoCitations(),
			...chesCitations(),
			...timelineCitations(),
			...argumentCitations(),
			...argumentClaimCitations()
		];
		for (const record of records)
			expect(
				record.sources.every((id) => weak.has(id)),
				`${record.where} cites only weak sources`
			).toBe(false);
	});

	it('never cites weak sources alone in the copy: each <Cite> names at least one source that is not weak', () => {
		const weak = new Set(content.sources.sources.filter((s) => s.reliability === 'weak').map((s) => s.id));
		const onlyWeak = copyFiles()
			.flatMap((text) => [...text.matchAll(/<Cite ids="([^"]+)"/g)].map((m) => m[1]!.split(/\s+/)))
			.filter((ids) => ids.every((id) => weak.has(id)));
		expect(onlyWeak).toEqual([]);
	});

	it('never puts a footnote inside a number: a fact or seat count runs straight into no letter, digit or %', () => {
		const inside = copyFiles()
			.flatMap((text) => [...text.matchAll(/<(?:Fact|Seats|Ballot)\b[^>]*\/>[\p{L}\p{N}%]/gu)])
			.map((match) => match[0]);
		expect(inside).toEqual([]);
	});

	it('gives every party with a known NATO stance evidence that a weak source alone does not carry', () => {
		const weak = new Set(content.sources.sources.filter((s) => s.reliability === 'weak').map((s) => s.id));
		for (const party of content.natoPositions.parties)
			if (party.stance !== 'unknown')
				expect(
					party.evidence.some((item) => item.sources.some((id) => !weak.has(id))),
					`${party.id} rests on weak sources only`
				).toBe(true);
	});

	// The fact base's order (facts-gaps.md, section 1): a check that each row's numbers went to the right party.
	it('orders the parties by CHES 2024 left-right score as the fact base does', () => {
		expect(chesOrder('2024', 'lrgen')).toEqual([
			'lfi',
			'pcf',
			'les-ecologistes',
			'ps',
			'modem',
			'renaissance',
			'horizons',
			'lr',
			'rn',
			'reconquete'
		]);
	});

	it('orders the parties by CHES 2019 left-right score as the fact base does', () => {
		// PCF 1.125 < FI 1.25 < EELV 2.5 < PS 3 < MoDem 6.125 < LREM 6.333 < LR 7.875 < RN 9.75.
		expect(chesOrder('2019', 'lrgen')).toEqual([
			'pcf',
			'lfi',
			'les-ecologistes',
			'ps',
			'modem',
			'renaissance',
			'lr',
			'rn'
		]);
	});

	it('maps CHES party ids to our parties as the fact base does', () => {
		expect(Object.fromEntries(content.ches.parties.map((party) => [party.id, party.chesId]))).toEqual({
			lfi: 627,
			pcf: 601,
			'les-ecologistes': 605,
			ps: 602,
			modem: 613,
			renaissance: 626,
			horizons: 631,
			lr: 609,
			rn: 610,
			reconquete: 630
		});
	});

	it.each(Object.entries(actionsCitedByMotion))(
		'has every US action the motion cites on the timeline, marked as cited: %s',
		(_, ids) => {
			for (const id of ids) {
				const event = content.timeline.events.find((e) => e.id === id);
				expect(event, id).toBeDefined();
				expect(event?.citedByMotion, id).toBe(true);
				expect(event?.motionSources?.length, id).toBeGreaterThan(0);
			}
		}
	);

	it('dates the timeline as of its newest event', () => {
		const days = content.timeline.events
			.flatMap((e) => [e.date, e.endDate ?? e.date])
			.filter((d) => d.length === 10);
		expect(content.timeline.asOf).toBe(days.toSorted().at(-1));
	});

	describe('the argument graph', () => {
		const { claims, thesis } = content.arguments;
		const side = (id: string) => argumentTree(thesis, claims).nodes.get(id)?.side;

		it('leads every claim to the thesis', () => {
			const tree = argumentTree(thesis, claims);
			for (const claim of claims) expect(tree.nodes.get(claim.id)?.depth, claim.id).toBeGreaterThan(0);
		});

		it('puts at least eight claims on each side', () => {
			const count = (wanted: string) => claims.filter((claim) => side(claim.id) === wanted).length;
			expect(count('for')).toBeGreaterThanOrEqual(8);
			expect(count('against')).toBeGreaterThanOrEqual(8);
		});

		it('gives a voice to every party with a stance that the debate quotes', () => {
			const speaking = new Set(claims.flatMap((claim) => claim.attributions.map((item) => item.party)));
			for (const id of partiesQuotedInTheDebate) {
				const party = content.natoPositions.parties.find((p) => p.id === id);
				expect(party?.stance, id).not.toBe('unknown');
				expect(speaking.has(id), `${id} is quoted in debate.md but speaks in no attribution`).toBe(true);
			}
		});

		it('corrects the English report: far right, not far left, in the claim on election interference', () => {
			const corrected = claims.filter((claim) => claim.correction);
			expect(corrected.map((claim) => claim.id)).toEqual(['us-election-interference']);
			const correction = corrected[0]?.correction;
			expect(correction?.published).toContain('far left');
			expect(correction?.original).toContain('far right');
			expect(correction?.sources).toEqual(
				expect.arrayContaining(['news-az-2026-01-17', 'sabah-guette-2026-01-22'])
			);
			expect(corrected[0]?.events).toEqual(
				expect.arrayContaining(['vance-meets-weidel', 'us-national-security-strategy'])
			);
		});

		it('links the US actions the motion cites to their timeline events', () => {
			const linked = new Set(claims.flatMap((claim) => claim.events ?? []));
			const cited = Object.values(actionsCitedByMotion).flat();
			expect(cited.filter((id) => !linked.has(id))).toEqual([]);
			const claim = claims.find((c) => c.id === 'us-actions-cited-by-motion');
			expect(claim?.kind).toBe('fact');
			expect(claim && side(claim.id)).toBe('for');
		});

		it('marks a claim disputed exactly when another claim attacks or undercuts it, and sources every undisputed fact', () => {
			for (const claim of claims) {
				const contested = claims.some((other) => other.target === claim.id && other.relation !== 'support');
				expect(claim.status === 'disputed', claim.id).toBe(contested);
				if (claim.kind === 'fact' && !contested) expect(claim.status, claim.id).toBe('sourced');
			}
		});

		it('dates the graph as of its newest attribution given to the day', () => {
			const days = claims
				.flatMap((claim) => claim.attributions.map((item) => item.date))
				.filter((d) => d.length === 10);
			expect(content.arguments.asOf).toBe(days.toSorted().at(-1));
		});
	});

	it('has UI strings for every locale', () => {
		expect(Object.keys(content.messages)).toContain('en');
	});
	describe('the log of changes (updates.json)', () => {
		const { entries } = content.updates;
		const versions = JSON.parse(readFileSync(join(root, 'content/data/dataset-versions.json'), 'utf8')) as {
			datasets: Record<string, { sha256: string; entry: string | null }>;
		};

		it('runs newest first, each entry with its own id and a day no later than today', () => {
			const dates = entries.map((entry) => entry.date);
			expect(dates).toEqual(dates.toSorted().toReversed());
			expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
			expect(dates.every((date) => date <= new Date().toISOString().slice(0, 10))).toBe(true);
		});

		it('says why of every correction, and what changed of every entry, in English', () => {
			for (const entry of entries) {
				expect(entry.what.en, entry.id).toBeTruthy();
				if (entry.kind === 'correction') expect(entry.why?.en, entry.id).toBeTruthy();
			}
		});

		it('records a version of every dataset but the sources, each covered by an entry naming it on or after its date', () => {
			const keys = Object.keys(datasetFiles).filter((key) => key !== 'sources');
			expect(Object.keys(versions.datasets).toSorted()).toEqual(keys.toSorted());
			for (const [key, { sha256, entry }] of Object.entries(versions.datasets)) {
				const file = `content/data/${datasetFiles[key as keyof typeof datasetFiles]}`;
				expect(sha256, key).toBe(datasetFingerprint(JSON.parse(readFileSync(join(root, file), 'utf8'))));
				if (entry === null) continue;
				const covering = entries.find((e) => e.id === entry);
				expect(covering?.datasets, key).toContain(key);
				expect(covering!.date >= content[key as keyof typeof datasetFiles].asOf, key).toBe(true);
			}
		});

		it('keeps corrections in the log, not as a dated list in the methodology, which links to it', () => {
			const methodology = readFileSync(join(root, 'content/en/methodology.md'), 'utf8');
			expect(methodology).not.toMatch(/^- \*\*\d{1,2} [A-Z][a-z]+ \d{4}\.\*\*/m);
			expect(methodology).toContain('](../updates/)');
			expect(entries.some((entry) => entry.kind === 'correction')).toBe(true);
		});
	});
});
