/** The routes of a prerendered build: every `index.html` under `dir`, as a URL path ending in `/`. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function prerenderedRoutes(dir: string): string[] {
	const routes: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory() && entry.name !== '_app') walk(path);
			else if (entry.name === 'index.html') {
				const route = relative(dir, folder).split(sep).join('/');
				routes.push(route ? `/${route}/` : '/');
			}
		}
	};
	walk(dir);
	return routes.sort();
}
