/** The generated files: keys in the schemas' order, the project's JSON style, the same bytes every time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { importArchive } from '../../../scripts/data/assembly/archive';
import { compositionsNote, ballotsNote, toJson } from '../../../scripts/data/assembly/files';
import type { AssemblyFile } from '../../../src/lib/data/schemas';
import { fixtureArchive, validTree } from './archiveFixture';

const root = join(import.meta.dirname, '../../..');
const assembly = JSON.parse(
	readFileSync(join(validTree, 'content/data/assembly.json'), 'utf8')
) as AssemblyFile;

describe('the generated files', () => {
	const result = importArchive(fixtureArchive(), assembly);

	it('list their keys in the order of the schemas', () => {
		expect(Object.keys(result.compositions)).toEqual([
			'asOf',
			'newestBallot',
			'note',
			'source',
			'compositions'
		]);
		expect(Object.keys(result.compositions.compositions[0]!)).toEqual([
			'id',
			'date',
			'ballot',
			'seated',
			'vacant',
			'seats',
			'sourceUrl'
		]);
		expect(Object.keys(result.ballots)).toEqual(['asOf', 'newestBallot', 'note', 'source', 'ballots']);
		const ballot = result.ballots.ballots[0]!;
		expect(Object.keys(ballot)).toEqual([
			'number',
			'date',
			'kind',
			'title',
			'result',
			'majority',
			'requestedBy',
			'seated',
			'totals',
			'groups',
			'sourceUrl'
		]);
		expect(Object.keys(ballot.totals)).toEqual([
			'voting',
			'cast',
			'needed',
			'for',
			'against',
			'abstain',
			'nonVoting'
		]);
		expect(Object.keys(ballot.groups[0]!)).toEqual([
			'group',
			'members',
			'for',
			'against',
			'abstain',
			'nonVoting',
			'absent'
		]);
	});

	it('are written as Prettier writes them, tabs and all', async () => {
		const options = await prettier.resolveConfig(join(root, 'content/data/assembly.json'));
		for (const value of [result.compositions, result.ballots]) {
			const text = toJson(value);
			expect(await prettier.format(text, { ...options, parser: 'json' })).toBe(text);
			expect(text).toMatch(/^\{\n\t"asOf"/);
		}
	});

	it('say what they are, how they were made and that they are generated', () => {
		for (const note of [
			compositionsNote({ kind: 'archive' }),
			ballotsNote({ kind: 'archive' }),
			compositionsNote({ kind: 'research', skipped: [489] })
		]) {
			expect(note).toContain('do not edit by hand; run npm run data:assembly');
			expect(note).toContain('an-scrutins-l17');
		}
		expect(compositionsNote({ kind: 'research', skipped: [489] })).toContain('Left out: ballot n° 489');
	});
});
