/**
 * The importer's dealings with the project's files: read content/ as the build does, check the new files
 * with the site's own validator together with everything else on disk, and replace them only then, each by
 * a rename, so that a failure leaves the files on disk as they were.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDay } from '../../../src/lib/dates/partialDate';
import type { AssemblyFile } from '../../../src/lib/data/schemas';
import {
	ContentError,
	datasetFiles,
	validateAssembly,
	validateContent,
	validateSources,
	type Content
} from '../../../src/lib/data/validate';
import { toJson } from './files';
import type { ImportResult } from './result';

interface ContentFiles {
	data: Record<string, unknown>;
	messages: Record<string, unknown>;
}

const dataPath = (name: string) => `content/data/${name}`;

/** The paths of the two generated files under a project root. */
export function generatedPaths(root: string): { compositions: string; ballots: string } {
	return {
		compositions: join(root, dataPath(datasetFiles.assemblyCompositions)),
		ballots: join(root, dataPath(datasetFiles.assemblyBallots))
	};
}

function readJson(root: string, path: string): unknown {
	try {
		return JSON.parse(readFileSync(join(root, path), 'utf8'));
	} catch (error) {
		throw new ContentError(`${path}: is not valid JSON (${(error as Error).message})`);
	}
}

/** Every data file and UI-string file of content/ under `root`, parsed, by path (`content/data/x.json`). */
export function readContent(root: string): ContentFiles {
	const data = Object.fromEntries(
		readdirSync(join(root, 'content/data'))
			.filter((name) => name.endsWith('.json'))
			.map((name) => [dataPath(name), readJson(root, dataPath(name))])
	);
	const messages = Object.fromEntries(
		readdirSync(join(root, 'content'))
			.filter((dir) => existsSync(join(root, 'content', dir, 'messages.json')))
			.map((dir) => [`content/${dir}/messages.json`, readJson(root, `content/${dir}/messages.json`)])
	);
	return { data, messages };
}

/**
 * assembly.json, checked on its own (with sources.json for its citations): the generated files may be
 * missing or out of date when an import starts, which is why it is run.
 */
export function assemblyOf(files: ContentFiles): AssemblyFile {
	const take = (name: string) => {
		if (!(dataPath(name) in files.data)) throw new ContentError(`${dataPath(name)}: the file is missing`);
		return files.data[dataPath(name)];
	};
	const sources = validateSources(dataPath(datasetFiles.sources), take(datasetFiles.sources));
	const ids = new Set(sources.sources.map((s) => s.id));
	const weak = new Set(sources.sources.filter((s) => s.reliability === 'weak').map((s) => s.id));
	return validateAssembly(dataPath(datasetFiles.assembly), take(datasetFiles.assembly), ids, weak);
}

/**
 * Validates all of content/ with the files about to be written (their text, parsed back) in place of those
 * on disk, as the build will see them, except for their recorded versions: new figures are logged after the
 * import (content/data/updates.json, then `npm run data:versions`).
 */
export function validateWithImport(files: ContentFiles, texts: ImportedTexts): Content {
	return validateContent(
		{
			...files.data,
			[dataPath(datasetFiles.assemblyCompositions)]: JSON.parse(texts.compositions.text),
			[dataPath(datasetFiles.assemblyBallots)]: JSON.parse(texts.ballots.text)
		},
		files.messages,
		{ today: isoDay(new Date()), checkVersions: false }
	);
}

/** The two generated files, with the text to write to each. */
export interface ImportedTexts {
	compositions: { path: string; text: string };
	ballots: { path: string; text: string };
}

export function importedTexts(root: string, result: ImportResult): ImportedTexts {
	const paths = generatedPaths(root);
	return {
		compositions: { path: paths.compositions, text: toJson(result.compositions) },
		ballots: { path: paths.ballots, text: toJson(result.ballots) }
	};
}

/**
 * Writes each file to a temporary file beside it, then renames each over its target: a failure while
 * writing leaves every target as it was.
 */
export function writeAtomically(files: readonly { path: string; text: string }[]): void {
	const temporary = files.map((file) => ({ ...file, temp: `${file.path}.${process.pid}.tmp` }));
	try {
		for (const file of temporary) writeFileSync(file.temp, file.text);
	} catch (error) {
		for (const file of temporary) rmSync(file.temp, { force: true });
		throw error;
	}
	for (const file of temporary) renameSync(file.temp, file.path);
}
