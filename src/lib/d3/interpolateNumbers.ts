/**
 * A number-only stand-in for d3-interpolate, which the browser builds give d3-scale instead of the real module
 * (scripts/d3Browser.ts: only d3-scale's own import is redirected; any other code importing d3-interpolate gets
 * the real one). Never imported directly.
 *
 * What is substituted: the four functions d3-scale imports from d3-interpolate 3.0.2. `interpolateNumber`,
 * `interpolateRound` and `piecewise` are d3's, copied (below, with d3's licence): d3-interpolate ships as one
 * file whose top level calls functions (the colour spaces' interpolators, built when it loads) that a bundler
 * must keep, so importing even one function from it brings all of it and all of d3-color. `interpolate`, d3's
 * generic interpolator and the continuous scales' default, becomes a number interpolator: for two numbers it is
 * `interpolateNumber`, as d3's is; for anything else it throws, naming this file. standIns.test.ts checks each
 * against d3's own for numbers.
 *
 * Why: d3's generic `interpolate` names every interpolator it may pick by the type of its values (colours, and
 * with them all of d3-color; strings with numbers in them, dates, arrays, objects), so any bundle holding
 * scaleLinear or scaleSqrt carried them all, though our scales only ever map numbers to numbers: 4.7 KiB gz in
 * nato-timeline.js (66.0 with the d3-format stand-in alone, 61.3 with this one too; d3-color was 3.9 of it).
 *
 * What would break, in the browser builds only (the site's pages, islands and custom elements; not the dev
 * server, the server render, the tests or the npm package, which keep real d3): a continuous scale given a range
 * that is not numbers (colours, strings, dates) throws on its first use, as does `piecewise(values)` over values
 * that are not numbers. `scale.interpolate(f)` with a function from the real d3-interpolate, imported by our own
 * code, still works. standIns.test.ts checks that our source never gives a scale a range of another type.
 *
 * interpolateNumber, interpolateRound and piecewise: from d3-interpolate 3.0.2 (https://d3js.org/d3-interpolate/),
 * Copyright 2010-2026 Mike Bostock. Permission to use, copy, modify, and/or distribute this software for any
 * purpose with or without fee is hereby granted, provided that the above copyright notice and this permission
 * notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
 * REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE
 * AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING
 * FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION,
 * ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

type Interpolator = (t: number) => number;
type InterpolatorFactory = (a: number, b: number) => Interpolator;

/** d3's `interpolateNumber`. */
export function interpolateNumber(a: number, b: number): Interpolator {
	a = +a;
	b = +b;
	return (t) => a * (1 - t) + b * t;
}

/** d3's `interpolateRound`. */
export function interpolateRound(a: number, b: number): Interpolator {
	a = +a;
	b = +b;
	return (t) => Math.round(a * (1 - t) + b * t);
}

/** d3's generic `interpolate(a, b)` for numbers (`interpolateNumber`); throws for anything else. */
export function interpolate(a: unknown, b: unknown): Interpolator {
	if (typeof a === 'number' && typeof b === 'number') return interpolateNumber(a, b);
	throw new Error(
		`A scale was asked to interpolate ${shown(a)} to ${shown(b)}, but this build gives d3-scale a number-only ` +
			'stand-in for d3-interpolate (src/lib/d3/interpolateNumbers.ts, see scripts/d3Browser.ts). Give the scale ' +
			'numbers, or its own interpolator with scale.interpolate().'
	);
}

/** d3's `piecewise`, with the number-only `interpolate` as its default interpolator. */
export function piecewise(interpolator: InterpolatorFactory, values: ArrayLike<number>): Interpolator;
export function piecewise(values: ArrayLike<number>): Interpolator;
export function piecewise(
	interpolator: InterpolatorFactory | ArrayLike<number>,
	values?: ArrayLike<number>
): Interpolator {
	if (values === undefined) [values, interpolator] = [interpolator as ArrayLike<number>, interpolate];
	const between = interpolator as InterpolatorFactory;
	const n = values.length - 1;
	const parts: Interpolator[] = [];
	let v = values[0]!;
	for (let i = 0; i < n; i++) parts.push(between(v, (v = values[i + 1]!)));
	return (t) => {
		const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
		return parts[i]!(t - i);
	};
}

/** A value, briefly, for the error: "red", [0,1], 2026-01-19T00:00:00.000Z, undefined… */
function shown(value: unknown): string {
	let text: string | undefined;
	try {
		text = JSON.stringify(value);
	} catch {
		// A cycle: the type will do.
	}
	return (text ?? typeof value).slice(0, 40);
}
