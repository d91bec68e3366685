/**
 * Serves the built site (`build/`) the way a static host or CDN does: files as they are, `/path/` as
 * `path/index.html`, gzip for text, long caching for hashed assets, and a 404 for anything else.
 * Used by the browser tests, the screenshots and the Lighthouse report, so that they all test the
 * static files we ship rather than a development server.
 *
 * Usage: tsx scripts/serveStatic.ts [dir=build] [port=4173]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

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

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
	const decoded = decodeURIComponent(pathname);
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root + sep)) return undefined;
	const info = await stat(path).catch(() => undefined);
	if (info?.isFile()) return path;
	if (info?.isDirectory() && decoded.endsWith('/')) {
		const index = join(path, 'index.html');
		if ((await stat(index).catch(() => undefined))?.isFile()) return index;
	}
	return undefined;
}

export function serveStatic(dir: string, port: number): Promise<Server> {
	const root = resolve(dir);
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const file = await resolveFile(root, url.pathname);
		if (!file) {
			// A directory asked for without its trailing slash: redirect, as static hosts do.
			const asDirectory = await resolveFile(root, url.pathname + '/');
			if (asDirectory && !url.pathname.endsWith('/')) {
				response.writeHead(308, { location: url.pathname + '/' + url.search }).end();
				return;
			}
			// The site's own 404 page where the build has one, as static hosts serve it.
			const notFound = await readFile(join(root, '404.html')).catch(() => undefined);
			if (notFound)
				response
					.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' })
					.end(notFound);
			else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const ext = extname(file);
		let body = await readFile(file);
		const headers: Record<string, string> = {
			'content-type': types[ext] ?? 'application/octet-stream',
			'x-content-type-options': 'nosniff',
			'cache-control': url.pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate'
		};
		if (compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
			headers['vary'] = 'accept-encoding';
		}
		response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [dir = 'build', port = '4173'] = process.argv.slice(2);
	await serveStatic(dir, Number(port));
	console.log(`Serving ${dir}/ at http://127.0.0.1:${port}/`);
}
