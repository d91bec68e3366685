/**
 * Seeding from the research compilation (fixtures/assembly-research: the fixture archive's ballots in
 * jmdlab/hemicycle's normalised fields, as research/assembly holds them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArchive } from '../../../scripts/data/assembly/archive';
import { ImportError } from '../../../scripts/data/assembly/errors';
import { toJson } from '../../../scripts/data/assembly/files';
import {
	importResearch,
	newestFromReadme,
	researchFileNames,
	type ResearchFiles
} from '../../../scripts/data/assembly/research';
import type { AssemblyFile } from '../../../src/lib/data/schemas';
import { fixtureArchive, fixtures, validTree } from './archiveFixture';

const assembly = JSON.parse(
	readFileSync(join(validTree, 'content/data/assembly.json'), 'utf8')
) as AssemblyFile;
const research = Object.fromEntries(
	researchFileNames.map((name) => [name, readFileSync(join(fixtures, 'assembly-research', name), 'utf8')])
) as unknown as ResearchFiles;

function failure(files: Partial<ResearchFiles>, file: AssemblyFile = assembly): string {
	try {
		importResearch({ ...research, ...files }, file);
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return (error as Error).message;
	}
	throw new Error('seeded without failing');
}

/** A research file with one line's record changed. */
function changed(
	name: keyof ResearchFiles,
	line: number,
	change: (record: { groupes: { abbrev: string }[]; effectif: number }) => void
): Partial<ResearchFiles> {
	const lines = research[name].split('\n');
	const record = JSON.parse(lines[line - 1]!);
	change(record);
	lines[line - 1] = JSON.stringify(record);
	return { [name]: lines.join('\n') };
}

describe('importResearch', () => {
	const seeded = importResearch(research, assembly);

	it('gives the same ballot records as the archive they were compiled from', () => {
		expect(toJson(seeded.ballots.ballots)).toBe(
			toJson(importArchive(fixtureArchive(), assembly).ballots.ballots)
		);
	});

	it('keeps the compositions of the research, leaving out one whose groups the source does not name', () => {
		expect(seeded.compositions.compositions.map((c) => [c.ballot, c.seated, c.vacant])).toEqual([
			[1, 9, 1],
			[15, 10, 0],
			[18, 9, 1]
		]);
		expect(seeded.warnings).toEqual([
			expect.stringMatching(
				/^composition\.jsonl, line 2 \(ballot n° 2\): left out, its groups being unnamed in the source/
			)
		]);
		expect(seeded.compositions.note).toContain(
			'Left out: ballot n° 2, whose groups the source does not name.'
		);
	});

	it('dates both files by the newest ballot the README names, and says they were seeded', () => {
		for (const file of [seeded.compositions, seeded.ballots]) {
			expect([file.newestBallot, file.asOf]).toEqual([21, '2026-02-10']);
			expect(file.note).toContain("Seeded from the project's research compilation");
		}
	});

	it('takes the newest ballot given instead, if it is not older than the records', () => {
		const given = importResearch(research, assembly, { number: 30, date: '2026-02-12' });
		expect([given.ballots.newestBallot, given.ballots.asOf]).toEqual([30, '2026-02-12']);
		expect(failure({ 'README.md': '# Research' })).toMatch(
			/^README\.md: does not say which ballot is the newest/
		);
		expect(() => importResearch(research, assembly, { number: 19, date: '2026-02-10' })).toThrow(
			"the newest ballot given, n° 19 of 2026-02-10, is older than the research files' records (up to n° 20, up to 2026-02-10)"
		);
	});

	it('is deterministic', () => {
		const again = importResearch(research, assembly);
		expect(toJson(again.compositions)).toBe(toJson(seeded.compositions));
		expect(toJson(again.ballots)).toBe(toJson(seeded.ballots));
	});
});

describe('importResearch refuses', () => {
	it('a line that is not JSON', () => {
		expect(failure({ 'composition.jsonl': '{"numero": 1,\n' })).toMatch(
			/^composition\.jsonl, line 1: is not JSON \(/
		);
	});

	it('a group it does not know', () => {
		const files = changed('resolutions-34-1.jsonl', 1, (r) => (r.groupes[0]!.abbrev = 'X'));
		expect(failure(files)).toBe(
			'resolutions-34-1.jsonl, line 1 (ballot n° 11): field "groupes.0.abbrev" is "X", not a group of content/data/assembly.json'
		);
	});

	it("a ballot the importer would not keep as the file's kind", () => {
		const noLongerSelected = {
			...assembly,
			ballotSelection: { 'resolution-34-1': [], 'foreign-defence': [20] }
		};
		expect(failure({}, noLongerSelected)).toBe(
			'resolutions-34-1.jsonl, line 2 (ballot n° 12): field "titre" is that of a ballot the importer would not keep, not as "resolution-34-1" (check "ballotSelection" in content/data/assembly.json)'
		);
	});

	it('a composition whose groups do not add up to its seated deputies', () => {
		const files = changed('composition.jsonl', 3, (r) => (r.effectif = 9));
		expect(failure(files)).toBe(
			'composition.jsonl, line 3 (ballot n° 15): field "groups" add up to 10 members, not the 9 of "effectif"'
		);
	});

	it('a selected ballot the research does not hold', () => {
		const selecting = {
			...assembly,
			ballotSelection: { 'resolution-34-1': [12], 'foreign-defence': [20, 99] }
		};
		expect(failure({}, selecting)).toBe(
			'content/data/assembly.json: field "ballotSelection.foreign-defence.1" names ballot n° 99, which the research files do not hold'
		);
	});
});

describe('newestFromReadme', () => {
	it.each([
		[
			'The newest ballot in the copy is n° 8621 (8 October 2026). There were no ballots…',
			{ number: 8621, date: '2026-10-08' }
		],
		['The newest ballot in the copy is n° 21 (10 February 2026).', { number: 21, date: '2026-02-10' }],
		['The newest ballot is n° 8621.', null],
		['The newest ballot in the copy is n° 8621 (8 Octobre 2026).', null]
	])('reads %j', (text, newest) => {
		expect(newestFromReadme(text)).toEqual(newest);
	});
});
