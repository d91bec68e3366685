/**
 * `d3Browser()`: how the browser builds bundle d3, as two Vite plugins. One definition, used by all three: the
 * site's client build (vite.config.ts), the islands (scripts/buildIslands.ts) and the custom elements
 * (scripts/buildElements.ts). Only in `vite build` and only for the browser: the dev server (whose dependency
 * pre-bundling does not run these plugins), the server render, the unit tests and the npm package
 * (packages/charts, whose users' bundlers decide) keep d3 as published. src/lib/d3/standIns.test.ts tests both.
 *
 * `d3StandIns()` gives d3-scale small stand-ins for two of the modules it imports:
 * - `d3-interpolate` becomes src/lib/d3/interpolateNumbers.ts: d3's own `interpolateNumber`, `interpolateRound`
 *   and `piecewise`, and a generic `interpolate` for numbers only, which throws for anything else.
 * - `d3-format` becomes src/lib/d3/formatUnavailable.ts, whose functions throw: d3-scale calls them only from
 *   `scale.tickFormat()`.
 * Why: d3-scale's continuous scales (scaleLinear, scaleSqrt) name d3's generic interpolator as their default and
 * d3-format in their `tickFormat` method, so every bundle with one of them carried d3-interpolate's interpolators
 * for colours, strings, dates, arrays and objects, all of d3-color, and d3-format with its locale, though our
 * ranges are numbers and we format ticks with Intl. Measured in one build on one machine, before and after:
 * nato-timeline.js 68.1 and 61.3 KiB gz, nato-positions.js 48.4 and 41.6, nato-charts.js 143.4 and 136.7, the
 * /positions/ page 53.9 and 47.2, /timeline/ 95.1 and 88.4. Only d3-scale's own imports are redirected (the
 * importer is a file of the d3-scale package): any other code importing d3-interpolate or d3-format gets the real
 * module. What would break is said in each stand-in's header: a continuous scale with a range that is not
 * numbers, and `scale.tickFormat()`, both of which throw an error naming the stand-in; standIns.test.ts checks
 * that our source asks for neither.
 *
 * `d3TimeTreeShaking()` lets a bundler drop the d3-time intervals nothing uses. d3-time ships as one file whose
 * top level builds every interval it exports (milliseconds to years in local time and UTC, fourteen weekdays, two
 * tick choosers) by calling its factories, and names each interval's `range` in a plural alias. A bundler cannot
 * tell that those calls and reads change nothing else, so every bundle using utcDay, utcMonth and utcYear
 * (src/lib/layout/timeScale.ts) carried them all. The plugin marks the four factories (`timeInterval`,
 * `timeWeekday`, `utcWeekday`, `ticker`) `#__NO_SIDE_EFFECTS__`, which they are (each builds and returns new
 * functions), and reads each alias through a helper marked so: what d3-time computes is unchanged, and an interval
 * nothing imports can go. (The millisecond interval and local-time years stay: d3-time patches their `every` by
 * assignment, which a bundler keeps.) Measured in one build, before and after: nato-timeline.js 58.73 and 57.95
 * KiB gz, nato-charts.js 129.87 and 129.07 (and the /timeline/ page 88.4 and 87.5, with the stand-ins' shorter
 * errors). If d3-time's file changes shape, the build stops and says so.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const standInDir = resolve(import.meta.dirname, '..', 'src', 'lib', 'd3');

/** Each module d3-scale imports that the browser builds replace, and its stand-in. */
export const d3StandInFiles: Readonly<Record<string, string>> = {
	'd3-interpolate': resolve(standInDir, 'interpolateNumbers.ts'),
	'd3-format': resolve(standInDir, 'formatUnavailable.ts')
};

/** Whether `importer` is a file of the d3-scale package (under any node_modules). */
export function isD3ScaleFile(importer: string | undefined): boolean {
	return !!importer && importer.replaceAll('\\', '/').includes('/node_modules/d3-scale/');
}

/** Where the browser builds use these plugins: `vite build`, for the browser. */
const browserBuild = {
	apply: 'build',
	applyToEnvironment: (environment: { config: { consumer: string } }) =>
		environment.config.consumer === 'client'
} satisfies Partial<Plugin>;

/** Both plugins, for a build's `plugins`. */
export function d3Browser(): Plugin[] {
	return [d3StandIns(), d3TimeTreeShaking()];
}

export function d3StandIns(): Plugin {
	return {
		name: 'd3-stand-ins',
		enforce: 'pre',
		...browserBuild,
		resolveId(source, importer) {
			const standIn = d3StandInFiles[source];
			return standIn && isD3ScaleFile(importer) ? standIn : undefined;
		}
	};
}

/** d3-time's factories, whose calls only build and return new intervals. */
const d3TimeFactories = ['timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'];

/**
 * d3-time's one file with its factories marked `#__NO_SIDE_EFFECTS__` and its plural aliases (`const utcDays =
 * utcDay.range;`) read through a helper marked so; throws if a factory or any alias is not found where expected.
 */
export function d3TimeForTreeShaking(code: string): string {
	let marked = code;
	for (const name of d3TimeFactories) {
		const declaration = new RegExp(`^function ${name}\\(`, 'm');
		if (!declaration.test(marked))
			throw new Error(
				`d3-time has no top-level function ${name}: update d3TimeTreeShaking in scripts/d3Browser.ts`
			);
		marked = marked.replace(declaration, `/*#__NO_SIDE_EFFECTS__*/ function ${name}(`);
	}
	const alias = /^const (\w+) = (\w+)\.range;$/gm;
	if (!alias.test(marked))
		throw new Error('d3-time names no `range` alias: update d3TimeTreeShaking in scripts/d3Browser.ts');
	return (
		marked.replace(alias, 'const $1 = /*#__PURE__*/ d3TimeRangeOf($2);') +
		'\n/*#__NO_SIDE_EFFECTS__*/ function d3TimeRangeOf(interval) { return interval.range; }\n'
	);
}

export function d3TimeTreeShaking(): Plugin {
	return {
		name: 'd3-time-tree-shaking',
		...browserBuild,
		transform: {
			filter: { id: /[\\/]node_modules[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/ },
			// Comments and a helper's name only, on the lines they were: the module's source map stays close enough.
			handler: (code) => ({ code: d3TimeForTreeShaking(code), map: null })
		}
	};
}
