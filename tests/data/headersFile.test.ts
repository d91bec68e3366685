import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headersFile';

describe('the _headers file, as the preview server reads it', () => {
	const rules = parseHeadersFile(readFileSync('static/_headers', 'utf8'));

	it('gives a page under a splat rule its headers, the root only its own, and an embed only the embeds’', () => {
		expect(headersFor(rules, '/seats/')).toContainEqual(['X-Frame-Options', 'SAMEORIGIN']);
		expect(headersFor(rules, '/seats/index.html')).toContainEqual(['X-Frame-Options', 'SAMEORIGIN']);
		expect(headersFor(rules, '/')).toContainEqual(['Content-Security-Policy', "frame-ancestors 'self'"]);
		expect(headersFor(rules, '/embed/v1/seats/')).toEqual([['Content-Security-Policy', 'frame-ancestors *']]);
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
