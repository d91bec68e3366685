import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headersFile';

describe('the _headers file, as the preview server reads it', () => {
	const rules = parseHeadersFile(readFileSync('static/_headers', 'utf8'));

	const named = (path: string, name: string) => headersFor(rules, path).find(([n]) => n === name)?.[1];

	it('keeps every page, the story under / and /index.html, and the 404 page from being framed by other sites', () => {
		for (const path of ['/', '/index.html', '/seats/', '/seats/index.html', '/updates/', '/404.html']) {
			expect(named(path, 'Content-Security-Policy'), path).toBe("frame-ancestors 'self'");
			expect(named(path, 'X-Frame-Options'), path).toBe('SAMEORIGIN');
		}
		// Any other path, such as one with no page, at least gets X-Frame-Options.
		for (const path of ['/no/such/page/', '/index.htm', '/seats'])
			expect(named(path, 'X-Frame-Options'), path).toBe('SAMEORIGIN');
	});

	it('lets any site frame an embed: one CSP, frame-ancestors *, which browsers obey over X-Frame-Options', () => {
		expect(named('/embed/v1/seats/', 'Content-Security-Policy')).toBe('frame-ancestors *');
	});

	it('lets other sites’ scripts read the data, elements, oEmbed answers and fonts', () => {
		for (const path of [
			'/data/v1/seats.json',
			'/data/v1/seats.csv',
			'/elements/v1/nato-charts.js',
			'/oembed/v1/seats.json',
			'/_app/immutable/assets/inter-latin-wght-normal.woff2'
		])
			expect(named(path, 'Access-Control-Allow-Origin'), path).toBe('*');
		expect(named('/seats/', 'Access-Control-Allow-Origin')).toBeUndefined();
	});

	it('joins the values of a header that two rules name, as the hosts do', () => {
		const joined = parseHeadersFile('/*\n  A: one\n/x\n  a: two\n  B: three\n');
		expect(headersFor(joined, '/x')).toEqual([
			['A', 'one, two'],
			['B', 'three']
		]);
	});

	it('reads comments and blank lines as nothing, and refuses a header with no path above it', () => {
		expect(parseHeadersFile('# a comment\n\n/x\n  A: b\n')).toEqual([
			{ pattern: '/x', headers: [['A', 'b']] }
		]);
		expect(() => parseHeadersFile('  A: b\n')).toThrow(/not under a path/);
	});

	it('treats a pattern’s dots and brackets as text, not as a regular expression', () => {
		const [rule] = parseHeadersFile('/a.b/*\n  A: b\n');
		expect(headersFor([rule!], '/a.b/c')).toHaveLength(1);
		expect(headersFor([rule!], '/axb/c')).toHaveLength(0);
	});
});
