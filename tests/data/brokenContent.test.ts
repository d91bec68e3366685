/**
 * Broken fixtures: each folder in fixtures/broken/ overrides one file of a small valid content tree
 * (fixtures/valid/) and holds, in expected.txt, the message the build must stop with.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { contentValidation, validateContentDirectory } from '../../src/lib/data/contentValidationPlugin';
import { ContentError } from '../../src/lib/data/validate';

const fixtures = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(join(fixtures, 'broken'));
const scratch = mkdtempSync(join(tmpdir(), 'broken-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the valid tree with one case's files laid over it. */
function treeFor(name: string): string {
	const root = join(scratch, name);
	cpSync(join(fixtures, 'valid'), root, { recursive: true });
	cpSync(join(fixtures, 'broken', name, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

/** The day the fixtures are checked as of, so that no case depends on the day the tests run. */
const today = '2026-03-01';

const expected = (name: string) =>
	readFileSync(join(fixtures, 'broken', name, 'expected.txt'), 'utf8').trim();

describe('content validation', () => {
	it('accepts the valid fixture tree', () => {
		expect(() => validateContentDirectory(join(fixtures, 'valid'), { today })).not.toThrow();
	});

	it('has a broken fixture for each kind of mistake', () => {
		expect(cases.length).toBeGreaterThanOrEqual(12);
	});

	it.each(cases)('rejects %s with a message naming the file, record and field', (name) => {
		let error: unknown;
		try {
			validateContentDirectory(treeFor(name), { today });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ContentError);
		const message = (error as Error).message;
		expect(message.startsWith(expected(name))).toBe(true);
	});
});

describe('the build', () => {
	it('stops before bundling when a data file is malformed, with the readable message', async () => {
		const root = treeFor('facts-unknown-source');
		writeFileSync(join(root, 'index.html'), '<!doctype html><title>fixture</title>');
		const run = build({
			root,
			configFile: false,
			logLevel: 'silent',
			plugins: [contentValidation()],
			build: { write: false }
		});
		const error = await run.then(
			() => undefined,
			(caught: unknown) => caught as Error
		);
		expect(error?.message).toContain(expected('facts-unknown-source'));
		// What the build prints as the error: the readable message, with no stack trace into the plugin.
		expect(error?.message).not.toMatch(/^\s+at /m);
		expect(error?.stack).not.toContain('contentValidationPlugin');
	});

	it('builds when the content is valid', async () => {
		const root = join(scratch, 'valid-build');
		cpSync(join(fixtures, 'valid'), root, { recursive: true });
		writeFileSync(join(root, 'index.html'), '<!doctype html><title>fixture</title>');
		await expect(
			build({
				root,
				configFile: false,
				logLevel: 'silent',
				plugins: [contentValidation()],
				build: { write: false }
			})
		).resolves.toBeDefined();
	});
});
