/** `npm run data:versions` on a copy of the valid fixture tree: the one command that records logged changes. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContentDirectory } from '../../src/lib/data/contentValidationPlugin';
import { run } from '../../scripts/data/versions';

const scratch = mkdtempSync(join(tmpdir(), 'versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let trees = 0;

function tree(): string {
	const root = join(scratch, `tree-${++trees}`);
	cpSync(join(import.meta.dirname, 'fixtures/valid'), root, { recursive: true });
	return root;
}

const readJson = (root: string, name: string) =>
	JSON.parse(readFileSync(join(root, 'content/data', name), 'utf8')) as Record<string, unknown>;
const writeJson = (root: string, name: string, value: unknown) =>
	writeFileSync(join(root, 'content/data', name), `${JSON.stringify(value, null, '\t')}\n`);

function runIn(root: string, today: string) {
	const lines = { log: [] as string[], error: [] as string[] };
	const code = run(
		['--root', root],
		{ log: (m: string) => lines.log.push(m), error: (m: string) => lines.error.push(m) },
		new Date(`${today}T12:00:00Z`)
	);
	return { code, ...lines };
}

describe('npm run data:versions', () => {
	it('records nothing when every dataset matches', () => {
		const root = tree();
		const before = readFileSync(join(root, 'content/data/dataset-versions.json'), 'utf8');
		expect(runIn(root, '2026-03-01')).toMatchObject({ code: 0, error: [] });
		expect(readFileSync(join(root, 'content/data/dataset-versions.json'), 'utf8')).toBe(before);
	});

	it('ignores a dataset reformatted without a change', () => {
		const root = tree();
		writeFileSync(join(root, 'content/data/timeline.json'), JSON.stringify(readJson(root, 'timeline.json')));
		expect(() => validateContentDirectory(root, { today: '2026-03-01' })).not.toThrow();
	});

	it('refuses an unlogged change, then records it once an entry names the dataset, and the build accepts it', () => {
		const root = tree();
		const timeline = readJson(root, 'timeline.json');
		writeJson(root, 'timeline.json', { ...timeline, note: 'Changed.' });
		expect(() => validateContentDirectory(root, { today: '2026-03-01' })).toThrow(
			'content/data/timeline.json changed since its last logged version'
		);
		const refused = runIn(root, '2026-03-01');
		expect(refused.code).toBe(1);
		expect(refused.error.join('\n')).toContain(
			'content/data/timeline.json changed since entry "2026-02-01-timeline-date" (1 February 2026) logged it'
		);

		const updates = readJson(root, 'updates.json') as { entries: unknown[] };
		const added = {
			id: '2026-03-01-timeline-note',
			date: '2026-03-01',
			kind: 'update',
			pages: ['timeline'],
			charts: ['timeline'],
			datasets: ['timeline'],
			what: { en: 'A note on the timeline.' }
		};
		writeJson(root, 'updates.json', { ...updates, entries: [added, ...updates.entries] });
		expect(runIn(root, '2026-03-01')).toMatchObject({
			code: 0,
			log: ['Recorded timeline: entry "2026-03-01-timeline-note"']
		});
		expect(() => validateContentDirectory(root, { today: '2026-03-01' })).not.toThrow();
	});

	it('stops on invalid content, before recording anything', () => {
		const root = tree();
		writeJson(root, 'updates.json', { entries: [{ id: 'x' }] });
		const result = runIn(root, '2026-03-01');
		expect(result.code).toBe(1);
		expect(result.error[0]).toMatch(
			/^content\/data\/updates\.json: entry "x" \(entries\[0\]\), field "date" is missing/
		);
	});
});
