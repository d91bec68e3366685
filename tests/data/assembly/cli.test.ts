/**
 * `npm run data:assembly` end to end, on temporary copies of a content tree: it writes both files only
 * when everything is valid, and otherwise prints one message, exits 1 and leaves the files as they were.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/data/assembly/command';
import { edit, fixtureArchive, fixtures, validTree } from './archiveFixture';

const project = join(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'data-assembly-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let trees = 0;
/** A temporary project holding a copy of `content/` from `from` (a project root). */
function copyOf(from: string): string {
	const root = join(scratch, `tree-${++trees}`);
	cpSync(join(from, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

function archiveFile(bytes: Buffer, name = 'Scrutins.json.zip'): string {
	const path = join(scratch, `${++trees}-${name}`);
	writeFileSync(path, bytes);
	return path;
}

/** Every file of content/data/ with a digest of its bytes (a digest compares faster than the bytes). */
const snapshot = (root: string) =>
	Object.fromEntries(
		readdirSync(join(root, 'content/data')).map((name) => [
			name,
			createHash('sha256')
				.update(readFileSync(join(root, 'content/data', name)))
				.digest('hex')
		])
	);

async function runIn(args: string[]): Promise<{ code: number; errors: string[]; warnings: string[] }> {
	const errors: string[] = [];
	const warnings: string[] = [];
	const code = await run(args, {
		log: () => {},
		warn: (m) => warnings.push(m),
		error: (m) => errors.push(m)
	});
	return { code, errors, warnings };
}

describe('npm run data:assembly', () => {
	it('writes the files the fixture tree holds, byte for byte, from the fixture archive', async () => {
		const root = copyOf(validTree);
		rmSync(join(root, 'content/data/assembly-ballots.json'));
		writeFileSync(join(root, 'content/data/assembly-compositions.json'), '{}\n');
		const { code, errors, warnings } = await runIn([archiveFile(fixtureArchive()), '--root', root]);
		expect(errors).toEqual([]);
		expect(code).toBe(0);
		expect(warnings).toEqual([
			'warning: skipped for compositions, their groups being undetermined (organeRef PO0): ballot n° 2'
		]);
		expect(snapshot(root)).toEqual(snapshot(validTree));
	});

	it('seeds from a research folder through the same validation and writer', async () => {
		const root = copyOf(validTree);
		const { code, errors } = await runIn(['--research', join(fixtures, 'assembly-research'), '--root', root]);
		expect([code, errors]).toEqual([0, []]);
		const ballots = JSON.parse(readFileSync(join(root, 'content/data/assembly-ballots.json'), 'utf8'));
		const expected = JSON.parse(readFileSync(join(validTree, 'content/data/assembly-ballots.json'), 'utf8'));
		expect(ballots.ballots).toEqual(expected.ballots);
		expect(ballots.note).toContain('Seeded from');
	});

	const broken: [string, () => Buffer][] = [
		['not a zip', () => Buffer.from('<!doctype html><p>Maintenance</p>')],
		['truncated', () => fixtureArchive().subarray(0, 2048)],
		['an entry that is not JSON', () => fixtureArchive((b) => b.set('json/VTANR5L17V11.json', 'null,'))],
		[
			'a group whose counts do not add up',
			() =>
				fixtureArchive((b) =>
					edit(b, 11, 'ventilationVotes.organe.groupes.groupe.0.vote.decompteVoix.pour', '9')
				)
		],
		[
			'an unknown organeRef',
			() =>
				fixtureArchive((b) => edit(b, 1, 'ventilationVotes.organe.groupes.groupe.0.organeRef', 'PO123456'))
		]
	];

	it.each(broken)(
		'refuses an archive with %s against a copy of the real content/, printing one line and writing nothing',
		async (_, archive) => {
			const root = copyOf(project);
			const before = snapshot(root);
			const { code, errors } = await runIn([archiveFile(archive()), '--root', root]);
			expect(code).toBe(1);
			expect(errors).toHaveLength(1);
			expect(errors[0]).toMatch(/^\S+Scrutins\.json\.zip(, entry json\/VTANR5L17V\d+\.json)?[ :]/);
			expect(errors[0]).not.toContain('\n');
			expect(snapshot(root)).toEqual(before);
		}
	);

	it("refuses an import that the site's validator rejects with the rest of content/, writing nothing", async () => {
		const root = copyOf(validTree);
		const assemblyPath = join(root, 'content/data/assembly.json');
		const assembly = JSON.parse(readFileSync(assemblyPath, 'utf8'));
		assembly.closestPrecedent = 20; // a foreign-affairs vote, not a resolution under Article 34-1
		writeFileSync(assemblyPath, JSON.stringify(assembly));
		const before = snapshot(root);
		const { code, errors } = await runIn([archiveFile(fixtureArchive()), '--root', root]);
		expect(code).toBe(1);
		expect(errors).toEqual([
			'content/data/assembly.json: field "closestPrecedent" names ballot n° 20, of kind "foreign-defence", not a resolution under Article 34-1'
		]);
		expect(snapshot(root)).toEqual(before);
	});

	it('says how to go on when the archive cannot be downloaded', async () => {
		const root = copyOf(validTree);
		const { code, errors } = await runIn(['http://127.0.0.1:9/Scrutins.json.zip', '--root', root]);
		expect(code).toBe(1);
		expect(errors[0]).toMatch(
			/^http:\/\/127\.0\.0\.1:9\/Scrutins\.json\.zip: could not be downloaded \(.+\)\. Download it some other way and give its path: npm run data:assembly -- path\/to\/Scrutins\.json\.zip$/
		);
	});

	it.each([
		[['a.zip', 'b.zip']],
		[['--research', 'x', 'a.zip']],
		[['--newest-ballot', '5', 'a.zip']],
		[['--research', 'x', '--newest-ballot', '5']],
		[['--unknown']]
	])('refuses the arguments %j', async (args) => {
		const { code, errors } = await runIn([...args, '--root', validTree]);
		expect(code).toBe(1);
		expect(errors).toHaveLength(1);
	});

	it('exits with code 1 and one line on standard error when run as a command', () => {
		const root = copyOf(validTree);
		const before = snapshot(root);
		const result = spawnSync(
			join(project, 'node_modules/.bin/tsx'),
			['scripts/data/assembly/cli.ts', archiveFile(Buffer.from('not a zip')), '--root', root],
			{ cwd: project, encoding: 'utf8' }
		);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/Scrutins\.json\.zip: is not a zip archive, or is truncated/);
		expect(snapshot(root)).toEqual(before);
	});
});
