/** Tests for the pure parts of the size budget: reading HTML and JS for what they load, and checking budgets. */
import { describe, expect, it } from 'vitest';
import {
	budgetFor,
	collectFirstLoad,
	findIslands,
	findOverruns,
	findPageAssets,
	findStaticImports,
	measure,
	resolveSitePath,
	totalsByKind,
	type BudgetConfig,
	type Totals
} from '../../scripts/budgetFigures';
import { formatTable } from '../../scripts/textTable';

describe('findPageAssets', () => {
	it.each([
		['a module script', '<script type="module" src="/a.js"></script>', { scripts: ['/a.js'] }],
		['a classic script, single quotes', "<script src='./a.js' defer></script>", { scripts: ['./a.js'] }],
		[
			'a modulepreload, href first',
			'<link href="./_app/x.js" rel="modulepreload">',
			{ scripts: ['./_app/x.js'] }
		],
		['a script preload', '<link rel="preload" as="script" href="/p.js">', { scripts: ['/p.js'] }],
		['a font preload is not counted', '<link rel="preload" as="font" href="/f.woff2">', {}],
		['a stylesheet, href first', '<link href="../s.css" rel="stylesheet">', { stylesheets: ['../s.css'] }],
		[
			'rel in capitals, several tokens',
			'<link rel="Alternate STYLESHEET" href="/s.css">',
			{ stylesheets: ['/s.css'] }
		],
		['an icon is not counted', '<link rel="icon" href="./favicon.svg">', {}],
		[
			'a disabled stylesheet is not fetched',
			'<link href="/s.css" rel="stylesheet" disabled media="(max-width: 0)">',
			{}
		],
		['an inline script', '<script>start()</script>', { inlineScripts: ['start()'] }],
		['an empty inline script is not counted', '<script> </script>', {}],
		['JSON data is not JavaScript', '<script type="application/json">{"a":1}</script>', {}],
		['JSON-LD is not JavaScript', '<script type="application/ld+json">{}</script>', {}],
		[
			'a tag in a comment',
			'<!-- <script src="/old.js"></script> --><link rel=stylesheet href=/s.css>',
			{ stylesheets: ['/s.css'] }
		],
		[
			'a tag in a script string',
			'<script>x = \'<link rel="stylesheet" href="/no.css">\'</script>',
			{ inlineScripts: ['x = \'<link rel="stylesheet" href="/no.css">\''] }
		],
		[
			'duplicates once',
			'<script src="/a.js"></script><link rel="modulepreload" href="/a.js">',
			{ scripts: ['/a.js'] }
		],
		[
			'entities in URLs',
			'<link rel="stylesheet" href="/s.css?a=1&amp;b=2">',
			{ stylesheets: ['/s.css?a=1&b=2'] }
		]
	])('%s', (_, html, expected) =>
		expect(findPageAssets(html)).toEqual({ scripts: [], stylesheets: [], inlineScripts: [], ...expected })
	);
});

describe('findStaticImports', () => {
	it.each([
		['named, minified', 'import{a as b,c}from"./x.js";', ['./x.js']],
		['default and named', "import d, { e } from '../y.js'", ['../y.js']],
		['namespace', 'import*as n from"./n.js"', ['./n.js']],
		['side effect only', 'import"./side.js";f()', ['./side.js']],
		['re-export all', 'export*from"./all.js"', ['./all.js']],
		['re-export named', 'export{a,b as c}from"../r.js"', ['../r.js']],
		['root-relative', 'import"/_app/a.js"', ['/_app/a.js']],
		['dynamic import is left out', 'const m=import("./lazy.js");import("./b.js").then(f)', []],
		['dynamic import with spaces is left out', 'await import ( "./lazy.js" )', []],
		['import.meta is left out', 'new URL("./a.svg",import.meta.url)', []],
		['a property named import', 'x.import("./no.js")', []],
		['a local export is not an import', 'export{a as b};export default"./text.js"', []],
		['bare specifiers are left out', 'import{s}from"svelte";import"https://cdn.example/x.js"', []],
		['a JSDoc @import', '/** @import { T } from "./types.js" */', []],
		[
			'static and dynamic together, deduplicated',
			'import"./a.js";import{b}from"./a.js";import("./c.js")',
			['./a.js']
		]
	])('%s', (_, source, expected) => expect(findStaticImports(source)).toEqual(expected));
});

describe('resolveSitePath', () => {
	it.each([
		['./_app/a.js', '/', '/_app/a.js'],
		['../_app/a.js', '/methodology/', '/_app/a.js'],
		['../chunks/b.js', '/_app/immutable/entry/app.js', '/_app/immutable/chunks/b.js'],
		['/s.css?v=2#x', '/embed/map/', '/s.css'],
		['https://cdn.example/x.js', '/', undefined],
		['//cdn.example/x.js', '/', undefined],
		['data:text/javascript,1', '/', undefined]
	])('%s from %s → %s', (reference, from, expected) =>
		expect(resolveSitePath(reference, from)).toBe(expected)
	);
});

describe('collectFirstLoad', () => {
	const files: Record<string, string> = {
		'/_app/entry.js': 'import{a}from"../_app/chunks/a.js";import("./lazy.js")',
		'/_app/chunks/a.js': 'import"./b.js";export const a=1',
		'/_app/chunks/b.js': 'import"./a.js";export{}',
		'/_app/lazy.js': 'export const never = "loaded on first load"',
		'/_app/s.css': 'body{color:red}'
	};
	const html =
		'<link rel="modulepreload" href="../_app/entry.js"><link rel="stylesheet" href="../_app/s.css">' +
		'<script>import("../_app/lazy.js")</script><script src="../_app/gone.js"></script>' +
		'<script src="https://cdn.example/x.js"></script>';
	const load = collectFirstLoad('/page/', html, (path) => files[path]);

	it('follows static imports through cycles, once each, and leaves dynamic ones out', () =>
		expect(load.files.map((file) => `${file.kind} ${file.url}`)).toEqual([
			'html /page/',
			'js inline script 1',
			'js /_app/entry.js',
			'js /_app/chunks/a.js',
			'js /_app/chunks/b.js',
			'css /_app/s.css'
		]));
	it('reports files it cannot find', () => expect(load.missing).toEqual(['/_app/gone.js']));
	it('reports other origins', () => expect(load.external).toEqual(['https://cdn.example/x.js']));
	it('counts bytes by kind', () => {
		const totals = totalsByKind(load.files);
		expect(totals.css.raw).toBe(files['/_app/s.css']!.length);
		expect(totals.html.raw).toBe(html.length);
		expect(totals.js.raw).toBe(
			'import("../_app/lazy.js")'.length +
				files['/_app/entry.js']!.length +
				files['/_app/chunks/a.js']!.length +
				files['/_app/chunks/b.js']!.length
		);
	});
});

describe('measure', () => {
	it('counts UTF-8 bytes, not characters', () => expect(measure('✗').raw).toBe(3));
	it('compresses repetitive text', () => {
		const size = measure('a'.repeat(10_000));
		expect(size.gzip).toBeGreaterThan(0);
		expect(size.gzip).toBeLessThan(100);
	});
});

const config: BudgetConfig = {
	embedsJsGzipKiB: 38,
	default: { jsGzipKiB: 1, cssGzipKiB: 20, htmlGzipKiB: 60 },
	routes: { '/': { jsGzipKiB: 50 }, '/embed/big/': { jsGzipKiB: 45 } }
};

describe('budgetFor', () => {
	it.each([
		['/', { jsGzipKiB: 50, cssGzipKiB: 20, htmlGzipKiB: 60 }],
		['/methodology/', { jsGzipKiB: 1, cssGzipKiB: 20, htmlGzipKiB: 60 }],
		['/embed/map/', { jsGzipKiB: 38, cssGzipKiB: 20, htmlGzipKiB: 60 }],
		['/embed/big/', { jsGzipKiB: 45, cssGzipKiB: 20, htmlGzipKiB: 60 }],
		['/fr/embed/map/', { jsGzipKiB: 1, cssGzipKiB: 20, htmlGzipKiB: 60 }]
	])('%s', (route, expected) => expect(budgetFor(route, config)).toEqual(expected));
});

describe('findOverruns', () => {
	const kib = 1024;
	const totals = (js: number, css: number, html: number): Totals => ({
		js: { raw: js * 3, gzip: js },
		css: { raw: css * 3, gzip: css },
		html: { raw: html * 3, gzip: html }
	});
	const budget = { jsGzipKiB: 50, cssGzipKiB: 20, htmlGzipKiB: 60 };
	it.each([
		['all within', totals(10 * kib, 5 * kib, 30 * kib), []],
		['exactly at the budget is within', totals(50 * kib, 20 * kib, 60 * kib), []],
		['one byte over', totals(50 * kib + 1, 0, 0), ['js']],
		['raw size over but gzip within', totals(40 * kib, 0, 0), []],
		['everything over', totals(51 * kib, 21 * kib, 61 * kib), ['js', 'css', 'html']]
	])('%s', (_, figures, expected) =>
		expect(findOverruns(figures, budget).map((overrun) => overrun.kind)).toEqual(expected)
	);
	it('says by how much', () =>
		expect(findOverruns(totals(51 * kib, 0, 0), budget)).toEqual([
			{ kind: 'js', gzipKiB: 51, budgetKiB: 50 }
		]));
});

describe('formatTable', () => {
	it('pads columns, left-aligning the first and right-aligning the rest', () =>
		expect(
			formatTable(
				['Route', 'JS'],
				[
					['/', '1.5'],
					['/sources/', '10.0']
				]
			)
		).toBe(['Route        JS', '─────────  ────', '/           1.5', '/sources/  10.0'].join('\n')));
});

describe('islands', () => {
	it('counts an island’s props, data its JavaScript reads, with the page’s inline scripts', () => {
		const assets = findPageAssets(
			'<script type="application/json" data-island-props="positions">{"a":1}</script><script type="application/json">{"b":2}</script>'
		);
		expect(assets.inlineScripts).toEqual(['{"a":1}']);
	});
	it('counts the islands’ UI strings, but not the props or strings of an island that hydrates once visible', () => {
		const assets = findPageAssets(
			'<script type="application/json" data-island-props="ballots" data-hydration="visible">{"a":1}</script>' +
				'<script type="application/json" data-island-messages="ballots" data-hydration="visible">{"n":"y"}</script>' +
				'<script type="application/json" data-island-messages="seats" data-hydration="load">{"m":"x"}</script>'
		);
		expect(assets.inlineScripts).toEqual(['{"m":"x"}']);
	});
	it('gives each island its own props, an island inside another included', () => {
		const islands = findIslands(
			'<div class="island" data-island="debate"><p>…</p>' +
				'<div class="island" data-island="reuse" data-hydration="visible"><p>…</p></div>' +
				'<script type="application/json" data-island-props="reuse" data-hydration="visible">{}</script>' +
				'</div><script type="application/json" data-island-props="debate">{"claims":[1,2,3]}</script>',
			() => undefined
		);
		expect(islands.map((island) => [island.name, island.props.raw])).toEqual([
			['debate', 18],
			['reuse', 2]
		]);
	});
});
