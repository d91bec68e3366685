/**
 * Serves the built site (`build/`) the way a static host or CDN does: files as they are, `/path/` as
 * `path/index.html`, gzip for text, long caching for hashed assets, the headers of `_headers` (framing rules),
 * the site's 404 page for anything else, and 400 for a request it cannot read (a malformed escape, `//`, a
 * NUL byte), without ever falling over. Used by `npm run preview`, the browser tests, the screenshots and the
 * Lighthouse report, so that they all test the static files we ship rather than a development server. It is
 * not a production server: publish `build/` on a static host or CDN (see the README).
 *
 * Usage: tsx scripts/serveStatic.ts [dir=build] [port=4173]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile, type HeaderRule } from './headersFile';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8'
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.csv', '.xml']);

/** The request's path, decoded; undefined for a target no static host would accept. */
function requestPath(target: string): string | undefined {
	// Origin-form only ("/…"): not "//host/…" (a network path), nor an absolute or asterisk form.
	if (!target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return undefined;
	let pathname: string;
	try {
		pathname = new URL(target, 'http://localhost').pathname;
		pathname = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	if (pathname.includes('\0') || pathname.includes('//')) return undefined;
	return pathname;
}

async function resolveFile(root: string, decoded: string): Promise<string | undefined> {
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root + sep)) return undefined;
	// The hosts' own configuration is not a file of the site.
	if (decoded === '/_headers' || decoded === '/_redirects') return undefined;
	const info = await stat(path).catch(() => undefined);
	if (info?.isFile()) return path;
	if (info?.isDirectory() && decoded.endsWith('/')) {
		const index = join(path, 'index.html');
		if ((await stat(index).catch(() => undefined))?.isFile()) return index;
	}
	return undefined;
}

export async function serveStatic(dir: string, port: number): Promise<Server> {
	const root = resolve(dir);
	const headersFile = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
	const rules: HeaderRule[] = parseHeadersFile(headersFile);
	const server = createServer(async (request, response) => {
		try {
			await answer(request, response);
		} catch (error) {
			// Whatever went wrong with this request, the server keeps serving the others.
			console.error(`serveStatic: ${request.method} ${request.url}:`, error);
			if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			response.end('Internal error');
		}
	});
	// A request so malformed that Node cannot parse it: answer 400 and close that connection only.
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});

	async function answer(request: IncomingMessage, response: ServerResponse) {
		const pathname = requestPath(request.url ?? '/');
		if (pathname === undefined) {
			response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
			return;
		}
		const search = new URL(request.url!, 'http://localhost').search;
		// The host's headers for the path asked for, found or not, as the hosts apply them (names in lower case, so
		// that the server's own below replace rather than repeat them).
		const hosted = Object.fromEntries(
			headersFor(rules, pathname).map(([name, value]) => [name.toLowerCase(), value])
		);
		const file = await resolveFile(root, pathname);
		if (!file) {
			// A directory asked for without its trailing slash: redirect, as static hosts do.
			const asDirectory = await resolveFile(root, pathname + '/');
			if (asDirectory && !pathname.endsWith('/')) {
				response.writeHead(308, { location: encodeURI(pathname) + '/' + search }).end();
				return;
			}
			// The site's own 404 page where the build has one, as static hosts serve it.
			const notFound = await readFile(join(root, '404.html')).catch(() => undefined);
			if (notFound)
				response
					.writeHead(404, {
						...hosted,
						'content-type': 'text/html; charset=utf-8',
						'x-content-type-options': 'nosniff'
					})
					.end(request.method === 'HEAD' ? undefined : notFound);
			else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const ext = extname(file);
		let body = await readFile(file);
		const headers: Record<string, string> = {
			...hosted,
			'content-type': types[ext] ?? 'application/octet-stream',
			'x-content-type-options': 'nosniff',
			'cache-control': pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate'
		};
		if (compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
			headers['vary'] = 'accept-encoding';
		}
		response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
	}
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [dir = 'build', port = '4173'] = process.argv.slice(2);
	await serveStatic(dir, Number(port));
	console.log(`Serving ${dir}/ at http://127.0.0.1:${port}/`);
}
