/**
 * A stand-in for d3-format, which the browser builds give d3-scale instead of the real module
 * (scripts/d3Browser.ts: only d3-scale's own import is redirected; any other code importing d3-format gets the
 * real one). Never imported directly.
 *
 * What is substituted: the six functions d3-scale imports from d3-format (`format`, `formatPrefix`,
 * `formatSpecifier`, `precisionFixed`, `precisionPrefix`, `precisionRound`), one function under six names
 * that throws, naming this file. d3-scale calls them only from `scale.tickFormat()` (of linear, power, log and
 * symlog scales).
 *
 * Why: d3-format is 2.1 KiB gz (nato-timeline.js 68.1 and 66.0), with its English locale set up when it loads,
 * and every bundle with scaleLinear or scaleSqrt carried it for `tickFormat`, a method of the scale that no
 * bundler can drop. We never call it: our charts format their ticks themselves with Intl.NumberFormat, in the
 * reader's language.
 *
 * What would break, in the browser builds only (the site's pages, islands and custom elements; not the dev
 * server, the server render, the tests or the npm package, which keep real d3): any call of `scale.tickFormat()`,
 * which throws this file's error. src/lib/d3/standIns.test.ts fails if our source ever calls it.
 */

/** Each function d3-scale imports from d3-format, all under one name: they only throw. */
function unavailable(): never {
	throw new Error(
		'scale.tickFormat() is not in this build: d3-scale gets a stand-in for d3-format ' +
			'(src/lib/d3/formatUnavailable.ts, see scripts/d3Browser.ts). Format ticks with Intl.NumberFormat.'
	);
}

export {
	unavailable as format,
	unavailable as formatPrefix,
	unavailable as formatSpecifier,
	unavailable as precisionFixed,
	unavailable as precisionPrefix,
	unavailable as precisionRound
};
