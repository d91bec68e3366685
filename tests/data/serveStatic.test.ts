/**
 * The preview server (`npm run preview`, and the server the browser tests use) answers malformed requests with
 * 400 and keeps serving, applies `_headers`, never serves the hosts' configuration, and stays up under a burst.
 * Requests are written raw on a loopback socket, since fetch() would normalise them first.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serveStatic';

const port = 4300 + Math.floor(Math.random() * 80);
let server: Server;

beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'serve-'));
	writeFileSync(join(dir, 'index.html'), '<h1>story</h1>');
	writeFileSync(join(dir, '404.html'), '<h1>Page not found</h1>');
	mkdirSync(join(dir, 'seats'));
	writeFileSync(join(dir, 'seats', 'index.html'), '<h1>seats</h1>');
	writeFileSync(
		join(dir, '_headers'),
		"/*\n  X-Frame-Options: SAMEORIGIN\n/seats/*\n  Content-Security-Policy: frame-ancestors 'self'\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n"
	);
	server = await serveStatic(dir, port);
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** The status line's code of a raw request for `target`. */
function statusOf(target: string): Promise<number> {
	return new Promise((done, fail) => {
		const socket = connect(port, '127.0.0.1', () =>
			socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
		);
		let reply = '';
		socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
		socket.on('end', () => done(Number(reply.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0)));
		socket.on('error', fail);
	});
}

describe('the preview server', () => {
	it('answers a malformed request with 400, and goes on serving', async () => {
		for (const target of [
			'/%',
			'/%E0%A4%A',
			'/%c0%ae%c0%ae/x',
			'//',
			'///',
			'//evil.example/x',
			'/a%00b',
			'/%2F%2F'
		])
			expect(await statusOf(target), target).toBe(400);
		expect(await statusOf('/')).toBe(200);
		expect(await statusOf('/seats/')).toBe(200);
	});

	it('applies _headers, serves its 404 page with status 404 and the headers of the path asked for, as hosts do, and never serves _headers itself', async () => {
		const seats = await fetch(`http://127.0.0.1:${port}/seats/`);
		expect(seats.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		expect(seats.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
		const missing = await fetch(`http://127.0.0.1:${port}/no/such/page/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('Page not found');
		expect(missing.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		expect(missing.headers.get('content-security-policy')).toBeNull();
		const missingEmbed = await fetch(`http://127.0.0.1:${port}/embed/v1/nothing/`);
		expect(missingEmbed.headers.get('content-security-policy')).toBe('frame-ancestors *');
		expect((await fetch(`http://127.0.0.1:${port}/_headers`)).status).toBe(404);
	});

	it('redirects a directory without its slash to the same server only', async () => {
		const response = await fetch(`http://127.0.0.1:${port}/seats?x=1`, { redirect: 'manual' });
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe('/seats/?x=1');
	});

	it('stays up through a burst of good and malformed requests at once (loopback, bounded)', async () => {
		const targets = Array.from({ length: 400 }, (_, i) =>
			i % 4 === 0 ? '/%' : i % 4 === 1 ? '//' : '/seats/'
		);
		const codes = await Promise.all(targets.map(statusOf));
		expect(codes.filter((c) => c === 200)).toHaveLength(200);
		expect(codes.filter((c) => c === 400)).toHaveLength(200);
		expect(await statusOf('/')).toBe(200);
	});
});
