/**
 * A Vite plugin that validates every file in `content/` before a build starts and whenever one changes
 * in the dev server, so that a malformed file stops the build with the file, record and field named,
 * even when no page uses that file yet: the data files, the UI strings, and what the copy (the .md files)
 * refers to.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { checkCopy, copyTargets } from './copyReferences.ts';
import { isoDay } from '../dates/partialDate.ts';
import { jsonSyntaxError } from './jsonSyntax.ts';
import { ContentError, validateContent, type ValidateOptions } from './validate.ts';

/** Reads and validates `content/` under `root` (as of today, by default); throws a ContentError naming the problem. */
export function validateContentDirectory(
	root: string,
	options: ValidateOptions = { today: isoDay(new Date()) }
): void {
	const read = (path: string) => {
		const text = readFileSync(join(root, path), 'utf8');
		try {
			return JSON.parse(text) as unknown;
		} catch (error) {
			const found = jsonSyntaxError(text);
			throw new ContentError(
				found
					? `${path}: is not valid JSON at line ${found.line}, column ${found.column}: ${found.problem}`
					: `${path}: is not valid JSON (${(error as Error).message.split('\n')[0]})`
			);
		}
	};
	const dataDir = join(root, 'content/data');
	const data = Object.fromEntries(
		readdirSync(dataDir)
			.filter((name) => name.endsWith('.json'))
			.map((name) => [`content/data/${name}`, read(`content/data/${name}`)])
	);
	const locales = readdirSync(join(root, 'content')).filter((dir) =>
		existsSync(join(root, 'content', dir, 'messages.json'))
	);
	const messages = Object.fromEntries(
		locales.map((dir) => [`content/${dir}/messages.json`, read(`content/${dir}/messages.json`)])
	);
	const targets = copyTargets(validateContent(data, messages, options));
	for (const dir of locales)
		for (const name of readdirSync(join(root, 'content', dir)).filter((name) => name.endsWith('.md')))
			checkCopy(`content/${dir}/${name}`, readFileSync(join(root, 'content', dir, name), 'utf8'), targets);
}

export function contentValidation(): Plugin {
	let root = process.cwd();
	return {
		name: 'content-validation',
		configResolved(config) {
			root = config.root;
		},
		buildStart() {
			try {
				validateContentDirectory(root);
			} catch (error) {
				if (error instanceof ContentError) {
					// One readable message, without a stack trace that points into this plugin.
					error.stack = `${error.name}: ${error.message}`;
				}
				throw error;
			}
		}
	};
}
