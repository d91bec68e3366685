/**
 * The test archive: the ballots of fixtures/assembly-archive/json/, in the Assembly's own format, zipped at
 * test time as Scrutins.json.zip is (one `json/VTANR5L17V<n>.json` entry per ballot), so that each test can
 * change or break one entry. The fixture's README says what each ballot is for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipArchive, type ZipInput, type ZipOptions } from './zipWriter';

export const fixtures = join(import.meta.dirname, '../fixtures');
export const archiveDir = join(fixtures, 'assembly-archive/json');
/** The content tree whose assembly.json the fixture archive is made for. */
export const validTree = join(fixtures, 'valid');

/** Each ballot of the fixture, parsed, by its entry name in the archive. */
export function fixtureBallots(): Map<string, { scrutin: Record<string, unknown> }> {
	const byNumber = (name: string) => Number(/V(\d+)\.json$/.exec(name)?.[1]);
	return new Map(
		readdirSync(archiveDir)
			.filter((name) => name.endsWith('.json'))
			.toSorted((a, b) => byNumber(a) - byNumber(b))
			.map((name) => [`json/${name}`, JSON.parse(readFileSync(join(archiveDir, name), 'utf8'))])
	);
}

/**
 * The fixture as a zip. `change` may edit the parsed ballots (or replace an entry's text) before zipping;
 * entries are written compact, as the Assembly writes them.
 */
export function fixtureArchive(
	change?: (ballots: Map<string, unknown>) => void,
	options?: ZipOptions & { order?: (names: string[]) => string[] }
): Buffer {
	const ballots: Map<string, unknown> = fixtureBallots();
	change?.(ballots);
	const names = options?.order ? options.order([...ballots.keys()]) : [...ballots.keys()];
	const inputs: ZipInput[] = names.map((name) => {
		const value = ballots.get(name);
		return { name, data: typeof value === 'string' ? value : JSON.stringify(value) };
	});
	return zipArchive([{ name: 'json/', data: '', method: 0 }, ...inputs], options);
}

/**
 * Sets (or, with `undefined`, deletes) a field of one fixture ballot's `scrutin`, by its dotted path as the
 * importer's messages name it: `edit(ballots, 11, 'syntheseVote.decompte.pour', '5')`.
 */
export function edit(ballots: Map<string, unknown>, number: number, path: string, value: unknown): void {
	const name = `json/VTANR5L17V${number}.json`;
	const keys = ['scrutin', ...path.split('.')];
	let at = ballots.get(name) as Record<string, unknown>;
	for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
	const last = keys.at(-1)!;
	if (value === undefined) delete at[last];
	else at[last] = value;
}
