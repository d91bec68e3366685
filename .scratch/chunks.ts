import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
process.env.NODE_ENV = 'production';
const entries = Object.fromEntries(readdirSync('src/islands').filter((n) => n.endsWith('.ts')).map((n) => [basename(n, '.ts'), `src/islands/${n}`]));
const out: any = await build({ configFile: false, mode: 'production', logLevel: 'warn', base: '/_app/islands/',
	plugins: [svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true, css: 'external', dev: false } })],
	resolve: { alias: { $lib: resolve('src/lib'), $content: resolve('content'), '$app/paths': resolve('src/lib/islands/appPaths.ts') } },
	build: { write: false, target: 'es2022', minify: true, rollupOptions: { input: entries } } });
for (const o of [out].flat()) for (const c of o.output) if (c.type === 'chunk') {
	console.log(`== ${c.fileName} ${c.code.length}`);
	const mods = Object.entries(c.modules as Record<string, { renderedLength: number }>).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
	for (const [id, m] of mods.slice(0, 25)) console.log(`   ${m.renderedLength}\t${id.replace(process.cwd(), '')}`);
}
