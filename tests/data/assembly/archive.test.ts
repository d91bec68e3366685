/**
 * Importing the Assembly's archive: the fixture's ballots (fixtures/assembly-archive, see its README) zipped
 * at test time, then broken one way at a time. Every failure is one ImportError naming the entry or ballot
 * and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArchive } from '../../../scripts/data/assembly/archive';
import { ImportError } from '../../../scripts/data/assembly/errors';
import { toJson } from '../../../scripts/data/assembly/files';
import type { AssemblyFile } from '../../../src/lib/data/schemas';
import { edit, fixtureArchive, validTree } from './archiveFixture';

const assembly = JSON.parse(
	readFileSync(join(validTree, 'content/data/assembly.json'), 'utf8')
) as AssemblyFile;

function failure(archive: Buffer, file: AssemblyFile = assembly): string {
	try {
		importArchive(archive, file);
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return (error as Error).message;
	}
	throw new Error('imported without failing');
}

describe('importArchive', () => {
	const result = importArchive(fixtureArchive(), assembly);

	it('keeps the resolutions under Article 34-1 and the selected votes, and nothing else', () => {
		// n° 11 by its title; n° 12 by the selection (its title lacks 34-1); n° 20 as foreign-defence. Left out:
		// n° 10, an amendment whose title names Article 34-1, and the ordinary votes.
		expect(result.ballots.ballots.map((b) => [b.number, b.kind])).toEqual([
			[11, 'resolution-34-1'],
			[12, 'resolution-34-1'],
			[20, 'foreign-defence']
		]);
	});

	it('gives each kept ballot group by group under our group ids, in the order of assembly.json', () => {
		const n11 = result.ballots.ballots[0]!;
		expect(n11).toMatchObject({
			date: '2026-01-20',
			result: 'adopted',
			requestedBy: 'Président du groupe "Gauche" / Présidente du groupe "Droite"',
			seated: 9,
			totals: { voting: 7, cast: 6, needed: 4, for: 4, against: 2, abstain: 1, nonVoting: 1 },
			sourceUrl: 'https://www.assemblee-nationale.fr/dyn/17/scrutins/11'
		});
		expect(n11.groups).toEqual([
			{ group: 'L', members: 4, for: 3, against: 0, abstain: 0, nonVoting: 0, absent: 1 },
			{ group: 'R', members: 5, for: 1, against: 2, abstain: 1, nonVoting: 1, absent: 0 }
		]);
	});

	it('reads a group under its old and its new organeRef as one group', () => {
		// The right is PO847173 in January and PO872880 from February, like the UDR in 2025.
		expect(result.ballots.ballots[2]!.groups.map((g) => [g.group, g.members])).toEqual([
			['L', 5],
			['R', 4]
		]);
	});

	it('reads compositions from the first usable ballot of each month and from the one the newest has held since', () => {
		expect(
			result.compositions.compositions.map((c) => [c.date, c.ballot, c.seated, c.vacant, c.seats])
		).toEqual([
			['2026-01-05', 1, 9, 1, { L: 4, R: 5 }],
			['2026-02-02', 15, 10, 0, { L: 5, R: 5 }],
			['2026-02-05', 18, 9, 1, { L: 5, R: 4 }]
		]);
	});

	it('dates both files by the newest ballot of the archive, kept or not', () => {
		for (const file of [result.compositions, result.ballots]) {
			expect(file.asOf).toBe('2026-02-10');
			expect(file.newestBallot).toBe(21);
			expect(file.source).toBe('an-scrutins-l17');
		}
	});

	it('skips a ballot whose groups are undetermined for compositions, with a warning', () => {
		expect(result.warnings).toEqual([
			'skipped for compositions, their groups being undetermined (organeRef PO0): ballot n° 2'
		]);
	});

	it('uses the next usable ballot of a month whose first ballot has undetermined groups', () => {
		const archive = fixtureArchive((ballots) => {
			ballots.delete('json/VTANR5L17V1.json');
			edit(ballots, 2, 'dateScrutin', '2026-01-04');
		});
		expect(importArchive(archive, assembly).compositions.compositions[0]).toMatchObject({
			date: '2026-01-06',
			ballot: 3,
			seats: { L: 4, R: 0 }
		});
	});

	it('gives the same bytes for the same archive, whatever the order of its entries', () => {
		const again = importArchive(fixtureArchive(), assembly);
		const reversed = importArchive(
			fixtureArchive(undefined, { order: (names) => names.toReversed() }),
			assembly
		);
		for (const other of [again, reversed]) {
			expect(toJson(other.compositions)).toBe(toJson(result.compositions));
			expect(toJson(other.ballots)).toBe(toJson(result.ballots));
		}
	});

	it('reads an archive written with data descriptors and extra fields', () => {
		const archive = fixtureArchive(undefined, {
			dataDescriptors: true,
			extra: Buffer.from([0x55, 0x54, 1, 0, 0])
		});
		expect(toJson(importArchive(archive, assembly).ballots)).toBe(toJson(result.ballots));
	});
});

describe('importArchive refuses', () => {
	it.each([
		[
			'a file that is not a zip',
			Buffer.from('<html>Service indisponible</html>'),
			/^Scrutins\.json\.zip: is not a zip archive, or is truncated/
		],
		[
			'a truncated archive',
			fixtureArchive().subarray(0, 3000),
			/^Scrutins\.json\.zip: is not a zip archive, or is truncated/
		],
		[
			'an archive without ballots',
			fixtureArchive((ballots) => ballots.clear()),
			/^Scrutins\.json\.zip: holds no ballot file/
		]
	])('%s', (_, archive, message) => {
		expect(failure(archive)).toMatch(message);
	});

	it('an entry that is not JSON, naming it', () => {
		const archive = fixtureArchive((ballots) =>
			ballots.set('json/VTANR5L17V12.json', '{"scrutin": {"numero": "12",')
		);
		expect(failure(archive)).toMatch(/^Scrutins\.json\.zip, entry json\/VTANR5L17V12\.json: is not JSON \(/);
	});

	it('a group whose counts do not add up, naming the ballot and the field', () => {
		const archive = fixtureArchive((ballots) =>
			edit(ballots, 18, 'ventilationVotes.organe.groupes.groupe.1.vote.decompteVoix.contre', '5')
		);
		expect(failure(archive)).toBe(
			'Scrutins.json.zip, entry json/VTANR5L17V18.json (ballot n° 18): field "ventilationVotes.organe.groupes.groupe.1.vote.decompteVoix" counts 5 deputies (0 for, 5 against, 0 abstaining, 0 not voting), more than the 4 members of group PO872880'
		);
	});

	it("a kept ballot whose totals are not its groups', naming the field", () => {
		const archive = fixtureArchive((ballots) => edit(ballots, 20, 'syntheseVote.decompte.contre', '4'));
		expect(failure(archive)).toBe(
			'Scrutins.json.zip, entry json/VTANR5L17V20.json (ballot n° 20): field "syntheseVote.decompte.contre" is 4, but the groups\' decompteVoix.contre add up to 3'
		);
	});

	it('an organeRef no group knows, saying where to add it', () => {
		const archive = fixtureArchive((ballots) =>
			edit(ballots, 21, 'ventilationVotes.organe.groupes.groupe.1.organeRef', 'PO900001')
		);
		expect(failure(archive)).toBe(
			'Scrutins.json.zip, entry json/VTANR5L17V21.json (ballot n° 21): field "ventilationVotes.organe.groupes.groupe.1.organeRef" is "PO900001", a group no group of content/data/assembly.json knows: add it to "organeRefs" of a group in content/data/assembly.json'
		);
	});

	it('a ballot listing one group twice', () => {
		const archive = fixtureArchive((ballots) =>
			edit(ballots, 21, 'ventilationVotes.organe.groupes.groupe.1.organeRef', 'PO845413')
		);
		expect(failure(archive)).toMatch(
			/\(ballot n° 21\): field "ventilationVotes\.organe\.groupes\.groupe\.1\.organeRef" is "PO845413", group L again/
		);
	});

	it('a missing field, naming it', () => {
		const archive = fixtureArchive((ballots) => edit(ballots, 15, 'dateScrutin', undefined));
		expect(failure(archive)).toBe(
			'Scrutins.json.zip, entry json/VTANR5L17V15.json (ballot n° 15): field "dateScrutin" is missing'
		);
	});

	it('two entries with one number', () => {
		const archive = fixtureArchive((ballots) =>
			ballots.set('json/copy.json', ballots.get('json/VTANR5L17V3.json'))
		);
		expect(failure(archive)).toBe(
			'Scrutins.json.zip, entry json/copy.json (ballot n° 3): field "numero" repeats ballot n° 3 of entry json/VTANR5L17V3.json'
		);
	});

	it('a kept ballot whose groups are undetermined', () => {
		const selecting = {
			...assembly,
			ballotSelection: { 'resolution-34-1': [12], 'foreign-defence': [2, 20] }
		};
		expect(failure(fixtureArchive(), selecting)).toBe(
			'Scrutins.json.zip, entry json/VTANR5L17V2.json (ballot n° 2): is kept as "foreign-defence", but 2 of its groups are undetermined (organeRef PO0), so its votes cannot be given group by group'
		);
	});

	it('a selected ballot the archive does not hold', () => {
		const selecting = {
			...assembly,
			ballotSelection: { 'resolution-34-1': [12], 'foreign-defence': [20, 99] }
		};
		expect(failure(fixtureArchive(), selecting)).toBe(
			'content/data/assembly.json: field "ballotSelection.foreign-defence.1" names ballot n° 99, which Scrutins.json.zip does not hold'
		);
	});

	it('a resolution under Article 34-1 selected as a foreign-affairs vote', () => {
		const selecting = {
			...assembly,
			ballotSelection: { 'resolution-34-1': [12], 'foreign-defence': [11, 20] }
		};
		expect(failure(fixtureArchive(), selecting)).toMatch(
			/^Scrutins\.json\.zip, entry json\/VTANR5L17V11\.json \(ballot n° 11\): ballot n° 11 is a resolution under Article 34-1 by its title/
		);
	});
});
