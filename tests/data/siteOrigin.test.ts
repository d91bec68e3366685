/** A production build must be told the site's origin, or it would publish the preview server's address. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkedSiteOrigin } from '../../scripts/siteOrigin';

describe('SITE_ORIGIN', () => {
	it('is read as an http(s) origin', () => {
		expect(checkedSiteOrigin('https://nato.example.org')).toBe('https://nato.example.org');
		expect(checkedSiteOrigin(' https://nato.example.org/ ')).toBe('https://nato.example.org');
		expect(checkedSiteOrigin('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
	});

	it('is refused when missing, or not an origin, with a message saying what to set', () => {
		expect(() => checkedSiteOrigin(undefined)).toThrow(/^SITE_ORIGIN is not set: .*npm run build:local/);
		expect(() => checkedSiteOrigin('  ')).toThrow(/not set/);
		for (const value of ['nato.example.org', 'ftp://nato.example.org', 'https://nato.example.org/charts/'])
			expect(() => checkedSiteOrigin(value), value).toThrow(/SITE_ORIGIN ".*" (is not an address|must be)/);
	});

	it('stops `vite build` at once when it is not set, with that message and no stack trace', () => {
		const env = { ...process.env };
		delete env.SITE_ORIGIN;
		const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { env, encoding: 'utf8' });
		expect(run.status).not.toBe(0);
		const output = run.stdout + run.stderr;
		expect(output).toContain('SITE_ORIGIN is not set');
		expect(output).not.toMatch(/\n\s+at .*siteOrigin\.ts/);
	});
});
