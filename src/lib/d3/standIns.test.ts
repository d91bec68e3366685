/**
 * The browser builds' stand-ins for d3-scale's imports of d3-interpolate and d3-format (scripts/d3Browser.ts):
 * for numbers they do what d3's functions do; otherwise they throw an error that says why; they export every
 * name d3-scale imports; the plugin redirects d3-scale's imports only; and our source never asks a scale for
 * what the stand-ins leave out (`tickFormat`, a range of anything but numbers, another interpolator).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as d3Time from 'd3-time';
import * as d3Interpolate from 'd3-interpolate';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import fc from 'fast-check';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import {
	d3Browser,
	d3StandIns,
	d3StandInFiles,
	d3TimeForTreeShaking,
	d3TimeTreeShaking
} from '../../../scripts/d3Browser';
import * as formatStandIn from './formatUnavailable';
import * as interpolateStandIn from './interpolateNumbers';

/** Equal as d3's results are compared: the same number, NaN included. */
const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
const anyNumber = fc.oneof(
	fc.double(),
	fc.integer({ min: -1e6, max: 1e6 }),
	fc.constantFrom(0, -0, 1e21, -1e-7, Infinity, -Infinity, Number.NaN)
);
const t = fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constantFrom(0, 0.5, 1));

describe('the number-only stand-in for d3-interpolate', () => {
	it('interpolateNumber, interpolateRound and interpolate give what d3 gives for numbers', () => {
		fc.assert(
			fc.property(anyNumber, anyNumber, t, (a, b, at) => {
				expect(
					same(interpolateStandIn.interpolateNumber(a, b)(at), d3Interpolate.interpolateNumber(a, b)(at))
				).toBe(true);
				expect(
					same(interpolateStandIn.interpolateRound(a, b)(at), d3Interpolate.interpolateRound(a, b)(at))
				).toBe(true);
				expect(
					same(
						interpolateStandIn.interpolate(a, b)(at),
						(d3Interpolate.interpolate(a, b) as (t: number) => number)(at)
					)
				).toBe(true);
			})
		);
	});

	it('piecewise gives what d3 gives, with or without an interpolator', () => {
		fc.assert(
			fc.property(fc.array(anyNumber, { minLength: 2, maxLength: 6 }), t, (values, at) => {
				const ours = interpolateStandIn.piecewise(values)(at);
				expect(same(ours, (d3Interpolate.piecewise(values) as (t: number) => number)(at))).toBe(true);
				const rounded = interpolateStandIn.piecewise(interpolateStandIn.interpolateRound, values)(at);
				expect(same(rounded, d3Interpolate.piecewise(d3Interpolate.interpolateRound, values)(at))).toBe(true);
			})
		);
	});

	it("as a continuous scale's interpolator, maps as d3's own does (linear, sqrt, polylinear, rangeRound)", () => {
		const pairs = [
			[scaleLinear().domain([0, 10]).range([100, 300]), scaleLinear().domain([0, 10]).range([100, 300])],
			[scaleSqrt().domain([0, 49]).range([0, 14]), scaleSqrt().domain([0, 49]).range([0, 14])],
			[
				scaleLinear().domain([0, 5, 10]).range([0, 80, 100]),
				scaleLinear().domain([0, 5, 10]).range([0, 80, 100])
			],
			[scaleLinear().domain([3, 3]).range([0, 10]), scaleLinear().domain([3, 3]).range([0, 10])]
		];
		for (const [ours, d3s] of pairs) {
			ours!.interpolate(interpolateStandIn.interpolate);
			for (const x of [-3, 0, 0.3, 2.5, 3, 5, 7.77, 10, 49, 60]) expect(ours!(x)).toBe(d3s!(x));
		}
		const rounded = scaleLinear().domain([0, 3]).rangeRound([0, 100]);
		const roundedOurs = scaleLinear()
			.domain([0, 3])
			.range([0, 100])
			.interpolate(interpolateStandIn.interpolateRound);
		for (const x of [0, 1, 2, 2.9]) expect(roundedOurs(x)).toBe(rounded(x));
	});

	it('throws an error naming the stand-in for anything but two numbers', () => {
		for (const [a, b] of [
			['red', 'blue'],
			['0px', '10px'],
			[new Date(0), new Date(1)],
			[[0], [1]],
			[{ x: 0 }, { x: 1 }],
			[0, null],
			[0, '1']
		])
			expect(() => interpolateStandIn.interpolate(a, b)).toThrow(
				/number-only stand-in for d3-interpolate \(src\/lib\/d3\/interpolateNumbers\.ts/
			);
		expect(() => interpolateStandIn.interpolate('red', 'blue')).toThrow(/interpolate "red" to "blue"/);
		const colours = scaleLinear<string>()
			.range(['red', 'blue'])
			.interpolate(interpolateStandIn.interpolate as never);
		expect(() => colours(0.5)).toThrow(/Give the scale numbers/);
	});
});

describe('the stand-in for d3-format', () => {
	it('throws, naming itself and tickFormat, whatever is called', () => {
		expect(Object.keys(formatStandIn).length).toBe(6);
		for (const [name, f] of Object.entries(formatStandIn))
			expect(() => (f as () => unknown)(), name).toThrow(
				/^scale\.tickFormat\(\) is not in this build: .*src\/lib\/d3\/formatUnavailable\.ts.*Intl\.NumberFormat/
			);
	});
});

describe('d3StandIns (the plugin)', () => {
	const d3Scale = readFileSync(join('node_modules', 'd3-scale', 'dist', 'd3-scale.mjs'), 'utf8');
	/** The names d3-scale imports from a module. */
	const importedBy = (module: string) =>
		[...d3Scale.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)]
			.filter((match) => match[2] === module)
			.flatMap((match) => match[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!))
			.filter(Boolean);

	it('has a stand-in exporting every name d3-scale imports from each module it replaces', () => {
		const standIns: Record<string, object> = {
			'd3-interpolate': interpolateStandIn,
			'd3-format': formatStandIn
		};
		expect(Object.keys(d3StandInFiles).sort()).toEqual(Object.keys(standIns).sort());
		for (const [module, exports] of Object.entries(standIns)) {
			expect(importedBy(module).length, module).toBeGreaterThan(0);
			for (const name of importedBy(module)) expect(exports, `${module}: ${name}`).toHaveProperty(name);
		}
	});

	it("redirects d3-scale's own imports only", () => {
		const plugin = d3StandIns();
		const resolveId = plugin.resolveId as (source: string, importer?: string) => string | undefined;
		const fromD3Scale = '/site/node_modules/d3-scale/dist/d3-scale.mjs';
		expect(resolveId('d3-interpolate', fromD3Scale)).toBe(d3StandInFiles['d3-interpolate']);
		expect(resolveId('d3-format', 'C:\\site\\node_modules\\d3-scale\\dist\\d3-scale.mjs')).toBe(
			d3StandInFiles['d3-format']
		);
		expect(resolveId('d3-interpolate', '/site/src/lib/layout/colours.ts')).toBeUndefined();
		expect(resolveId('d3-format', '/site/node_modules/d3-axis/dist/d3-axis.mjs')).toBeUndefined();
		expect(resolveId('d3-array', fromD3Scale)).toBeUndefined();
		expect(resolveId('d3-interpolate', undefined)).toBeUndefined();
	});

	it('applies to browser builds only, as does d3TimeTreeShaking', () => {
		expect(d3Browser().map((plugin) => plugin.name)).toEqual([d3StandIns().name, d3TimeTreeShaking().name]);
		for (const plugin of d3Browser() as Plugin[]) {
			expect(plugin.apply).toBe('build');
			const applies = plugin.applyToEnvironment as (environment: { config: { consumer: string } }) => boolean;
			expect(applies({ config: { consumer: 'client' } })).toBe(true);
			expect(applies({ config: { consumer: 'server' } })).toBe(false);
		}
	});
});

describe('d3TimeTreeShaking (the plugin)', () => {
	const published = readFileSync(join('node_modules', 'd3-time', 'dist', 'd3-time.mjs'), 'utf8');
	const marked = d3TimeForTreeShaking(published);

	it("marks d3-time's four factories and reads every range alias through the marked helper", () => {
		expect(
			marked.match(/\/\*#__NO_SIDE_EFFECTS__\*\/ function (timeInterval|timeWeekday|utcWeekday|ticker)\(/g)
		).toHaveLength(4);
		const aliases = published.match(/^const \w+ = \w+\.range;$/gm)!;
		expect(aliases.length).toBeGreaterThan(20);
		expect(marked.match(/= \/\*#__PURE__\*\/ d3TimeRangeOf\(\w+\);$/gm)).toHaveLength(aliases.length);
		expect(marked).not.toMatch(/^const \w+ = \w+\.range;$/m);
		// Each line stays where it was (the module's source map holds), the helper comes after them.
		const lines = published.split('\n');
		expect(marked.split('\n').length).toBe(lines.length + 2);
		const restored = marked
			.split('\n')
			.slice(0, lines.length)
			.map((line) =>
				line
					.replace('/*#__NO_SIDE_EFFECTS__*/ ', '')
					.replace(/\/\*#__PURE__\*\/ d3TimeRangeOf\((\w+)\)/, '$1.range')
			);
		expect(restored).toEqual(lines);
	});

	it('leaves what d3-time computes unchanged', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'd3-time-')), 'd3-time.mjs');
		writeFileSync(file, marked);
		const ours = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof d3Time;
		expect(Object.keys(ours).sort()).toEqual(Object.keys(d3Time).sort());
		const from = new Date(Date.UTC(1949, 3, 4));
		const to = new Date(Date.UTC(2026, 9, 1));
		const same = (a: Date[] | null | undefined, b: Date[] | null | undefined) =>
			expect(a?.map(Number)).toEqual(b?.map(Number));
		same(ours.utcYear.every(10)!.range(from, to), d3Time.utcYear.every(10)!.range(from, to));
		same(ours.utcMonth.every(3)!.range(from, to), d3Time.utcMonth.every(3)!.range(from, to));
		same(
			ours.utcDays(from, new Date(Date.UTC(1949, 5, 1))),
			d3Time.utcDays(from, new Date(Date.UTC(1949, 5, 1)))
		);
		const weekly = (i: d3Time.TimeInterval) =>
			i.filter((d) => d.getUTCDay() === 1).range(from, new Date(Date.UTC(1950, 0, 1)));
		same(weekly(ours.utcDay), weekly(d3Time.utcDay));
		same(ours.utcTicks(from, to, 12), d3Time.utcTicks(from, to, 12));
		same(
			ours.timeMondays(from, new Date(Date.UTC(1949, 6, 1))),
			d3Time.timeMondays(from, new Date(Date.UTC(1949, 6, 1)))
		);
	});

	it('stops the build, saying what to update, if d3-time changes shape', () => {
		expect(() => d3TimeForTreeShaking(published.replace('function ticker(', 'function tickers('))).toThrow(
			/no top-level function ticker: update d3TimeTreeShaking in scripts\/d3Browser\.ts/
		);
		expect(() => d3TimeForTreeShaking(published.replace(/\.range;$/gm, '.range.bind(null);'))).toThrow(
			/no `range` alias/
		);
	});
});

describe('our source asks no scale for what the stand-ins leave out', () => {
	/** Every source file under src/, tests and the stand-ins themselves aside, with its text. */
	const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter(
			(path) =>
				/\.(ts|js|svelte)$/.test(path) && !/\.test\.ts$/.test(path) && !path.startsWith(join('lib', 'd3'))
		)
		.map((path) => ({ path: join('src', path), text: readFileSync(join('src', path), 'utf8') }));
	const found = (pattern: RegExp) =>
		sources.flatMap(({ path, text }) =>
			text
				.split('\n')
				.map((line, i) => ({ line, where: `${path}:${i + 1}` }))
				.filter(({ line }) => pattern.test(line))
				.map(({ where, line }) => `${where}: ${line.trim()}`)
		);

	it('reads the source', () => {
		expect(sources.some(({ path }) => path.endsWith('positionScales.ts'))).toBe(true);
	});

	it('never calls tickFormat (d3-format is not in the browser builds: format ticks with Intl)', () => {
		expect(found(/\.tickFormat\s*\(/)).toEqual([]);
	});

	it('never sets a scale’s interpolator, nor imports d3-interpolate or d3-format itself', () => {
		expect(found(/\.interpolate\s*\(/)).toEqual([]);
		expect(found(/from\s+['"]d3-(interpolate|format|color)['"]/)).toEqual([]);
	});

	it('never gives a d3 scale a range type other than numbers (the type parameters of its constructor)', () => {
		// scalePoint<Domain> and scaleBand<Domain> name their domain's type: their range is numbers whatever it is.
		const generic = /\bscale(?!Point\b|Band\b)[A-Z]\w*\s*<([^>]*)>/g;
		const other = sources.flatMap(({ path, text }) =>
			[...text.matchAll(generic)]
				.filter((match) => match[1]!.split(',').some((type) => type.trim() !== 'number'))
				.map((match) => `${path}: ${match[0]}`)
		);
		expect(other).toEqual([]);
	});

	it('uses no sequential or diverging scale, whose range() calls the generic interpolator', () => {
		expect(found(/\bscale(Sequential|Diverging)\w*\s*[(<]/)).toEqual([]);
	});
});
