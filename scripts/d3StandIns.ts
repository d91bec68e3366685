/**
 * `d3StandIns()`: the Vite plugin that gives d3-scale, in the browser builds, small stand-ins for two of the
 * modules it imports. One definition, used by all three: the site's client build (vite.config.ts), the islands
 * (scripts/buildIslands.ts) and the custom elements (scripts/buildElements.ts).
 *
 * - `d3-interpolate` becomes src/lib/d3/interpolateNumbers.ts: d3's own `interpolateNumber` and
 *   `interpolateRound`, and a generic `interpolate` for numbers only, which throws for anything else.
 * - `d3-format` becomes src/lib/d3/formatUnavailable.ts, whose functions throw: d3-scale calls them only from
 *   `scale.tickFormat()`.
 *
 * Why: d3-scale's continuous scales (scaleLinear, scaleSqrt) name d3's generic interpolator as their default and
 * d3-format in their `tickFormat` method, so every bundle with one of them carried d3-interpolate's interpolators
 * for colours, strings, dates, arrays and objects, all of d3-color, and d3-format with its locale, though our
 * ranges are numbers and we format ticks with Intl. Measured in one build on one machine, before and after:
 * nato-timeline.js 68.1 and 61.0 KiB gz, nato-positions.js 48.4 and 41.3, nato-charts.js 143.4 and 136.6.
 *
 * Only d3-scale's own imports are redirected (the importer is a file of the d3-scale package): any other code
 * importing d3-interpolate or d3-format gets the real module. Only in `vite build` and only for the browser: the
 * dev server (whose dependency pre-bundling does not run this plugin), the server render, the unit tests and the
 * npm package (packages/charts, whose users' bundlers decide) keep real d3. What would break is said in each
 * stand-in's header: a continuous scale with a range that is not numbers, and `scale.tickFormat()`, both of which
 * throw an error naming the stand-in; src/lib/d3/standIns.test.ts checks that our source asks for neither.
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

export function d3StandIns(): Plugin {
	return {
		name: 'd3-stand-ins',
		apply: 'build',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		resolveId(source, importer) {
			const standIn = d3StandInFiles[source];
			return standIn && isD3ScaleFile(importer) ? standIn : undefined;
		}
	};
}
