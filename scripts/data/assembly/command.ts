/**
 * `npm run data:assembly`: reads the Assembly's ballot archive (downloaded, or a local copy) or, with
 * `--research`, the project's research compilation; validates the two files it makes with the rest of
 * content/; and only then writes them. Returns the exit code; prints one message on failure.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../../../src/lib/data/validate';
import { importArchive } from './archive';
import { assemblyOf, importedTexts, readContent, validateWithImport, writeAtomically } from './content';
import { ImportError } from './errors';
import type { Newest } from './files';
import { importResearch, researchFileNames, type ResearchFiles } from './research';
import type { ImportResult } from './result';

export const archiveUrl =
	'https://data.assemblee-nationale.fr/static/openData/repository/17/loi/scrutins/Scrutins.json.zip';

export const usage = `Usage:
  npm run data:assembly                       download ${archiveUrl} and import it
  npm run data:assembly -- <file.zip | url>   import a local copy of the archive, or another address
  npm run data:assembly -- --research <dir>   seed from the research compilation (research/assembly)
      [--newest-ballot <n> --newest-date <YYYY-MM-DD>]   the copy's newest ballot, if its README does not say
Options:
  --root <dir>   the project whose content/ to read and write (default: the current folder)`;

export interface Console {
	log(message: string): void;
	warn(message: string): void;
	error(message: string): void;
}

/** The archive's bytes, from a URL or a file; a failed download says how to proceed without one. */
async function archiveBytes(location: string): Promise<Uint8Array> {
	if (!/^https?:\/\//.test(location))
		try {
			return readFileSync(location);
		} catch (error) {
			throw new ImportError(`${location}: cannot be read (${(error as Error).message})`);
		}
	const byHand = `Download it some other way and give its path: npm run data:assembly -- path/to/Scrutins.json.zip`;
	let response: Response;
	try {
		response = await fetch(location, { signal: AbortSignal.timeout(120_000) });
	} catch (error) {
		const cause = (error as Error & { cause?: Error }).cause;
		throw new ImportError(
			`${location}: could not be downloaded (${cause?.message ?? (error as Error).message}). ${byHand}`
		);
	}
	if (!response.ok)
		throw new ImportError(
			`${location}: could not be downloaded (HTTP ${response.status} ${response.statusText}). ${byHand}`
		);
	return new Uint8Array(await response.arrayBuffer());
}

function researchFiles(dir: string): ResearchFiles {
	const read = (name: string) => {
		try {
			return readFileSync(join(dir, name), 'utf8');
		} catch (error) {
			throw new ImportError(`${join(dir, name)}: cannot be read (${(error as Error).message})`);
		}
	};
	return Object.fromEntries(researchFileNames.map((name) => [name, read(name)])) as unknown as ResearchFiles;
}

function newestGiven(ballot: string | undefined, date: string | undefined): Newest | undefined {
	if (ballot === undefined && date === undefined) return undefined;
	if (
		ballot === undefined ||
		date === undefined ||
		!/^\d+$/.test(ballot) ||
		!/^\d{4}-\d{2}-\d{2}$/.test(date)
	)
		throw new ImportError(
			'--newest-ballot and --newest-date go together: a ballot number and its date, YYYY-MM-DD'
		);
	return { number: Number(ballot), date };
}

/** Runs the importer with command-line arguments; resolves to the exit code. */
export async function run(args: readonly string[], out: Console = console): Promise<number> {
	try {
		const { values, positionals } = parseArgs({
			args: [...args],
			allowPositionals: true,
			options: {
				research: { type: 'string' },
				'newest-ballot': { type: 'string' },
				'newest-date': { type: 'string' },
				root: { type: 'string' },
				help: { type: 'boolean' }
			}
		});
		if (values.help) {
			out.log(usage);
			return 0;
		}
		if (positionals.length > 1 || (values.research !== undefined && positionals.length > 0))
			throw new ImportError(`give one archive, or --research with a folder\n${usage}`);
		const root = resolve(values.root ?? '.');
		const content = readContent(root);
		const assembly = assemblyOf(content);
		let result: ImportResult;
		if (values.research !== undefined) {
			const newest = newestGiven(values['newest-ballot'], values['newest-date']);
			out.log(`Reading the research compilation in ${values.research}`);
			result = importResearch(researchFiles(values.research), assembly, newest);
		} else {
			if (values['newest-ballot'] !== undefined || values['newest-date'] !== undefined)
				throw new ImportError(
					'--newest-ballot and --newest-date are for --research: an archive says its newest ballot'
				);
			const location = positionals[0] ?? archiveUrl;
			out.log(`Reading ${location}`);
			result = importArchive(await archiveBytes(location), assembly, basename(location));
		}
		for (const warning of result.warnings) out.warn(`warning: ${warning}`);
		const texts = importedTexts(root, result);
		validateWithImport(content, texts);
		writeAtomically([texts.compositions, texts.ballots]);
		const kinds = new Map<string, number>();
		for (const b of result.ballots.ballots) kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1);
		const byKind = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
		out.log(
			`Wrote ${result.compositions.compositions.length} compositions and ${result.ballots.ballots.length} ballots (${byKind}), newest ballot n° ${result.ballots.newestBallot} of ${result.ballots.asOf}`
		);
		out.log(
			'If the figures changed, log them before building: an entry in content/data/updates.json naming the datasets "assemblyCompositions" and "assemblyBallots", then `npm run data:versions`.'
		);
		return 0;
	} catch (error) {
		if (error instanceof ImportError || error instanceof ContentError) out.error(error.message);
		else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
			out.error(`${error.message}\n${usage}`);
		else out.error((error as Error).stack ?? String(error));
		return 1;
	}
}
