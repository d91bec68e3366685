/** static/_headers keeps every page of the site from being framed by other sites, and lets anyone frame embeds. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Path rule → its header lines, as Netlify and Cloudflare Pages read the file. */
function rules(text: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	let current: string[] | null = null;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) map.set(line.trim(), (current = []));
		else current?.push(line.trim());
	}
	return map;
}

describe('static/_headers', () => {
	const map = rules(readFileSync('static/_headers', 'utf8'));
	const pages = readdirSync('src/routes/[[lang=locale]]', { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `/${entry.name}/*`);

	it('has a same-origin framing rule for the story, every page of the site and its 404 page', () => {
		expect(pages.length).toBeGreaterThanOrEqual(6);
		for (const path of ['/', '/index.html', '/404.html', ...pages])
			expect(map.get(path), path).toEqual(["Content-Security-Policy: frame-ancestors 'self'"]);
		expect(map.get('/*')).toContain('X-Frame-Options: SAMEORIGIN');
	});

	it('lets any site frame the embeds: no other rule sets a CSP that would apply to them', () => {
		expect(map.get('/embed/*')).toEqual(['Content-Security-Policy: frame-ancestors *']);
		expect(map.get('/*')!.filter((line) => line.startsWith('Content-Security-Policy'))).toEqual([]);
	});
});
