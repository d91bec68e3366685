/**
 * Points as one SVG path: a move to the first, then a relative line to each next one. Drawn with markers at
 * every vertex, it places a symbol (a seat, say) at each point with one element instead of one per point, in
 * short, repetitive text that compresses well: a prerendered chart's markup and DOM stay small. Ours, not
 * d3-path's: its `pathRound` writes absolute `M…L…` commands, longer than these relative steps.
 */
export function pointsPath(points: readonly { x: number; y: number }[], digits = 4): string {
	const f = 10 ** digits;
	// Work in whole units of 10^-digits, so that differences of rounded positions are exact.
	const units = (value: number) => Math.round(value * f);
	const text = (u: number) =>
		String(u / f)
			.replace(/^0\./, '.')
			.replace(/^-0\./, '-.');
	let previous: [number, number] | null = null;
	let path = '';
	for (const { x, y } of points) {
		const point: [number, number] = [units(x), units(y)];
		path += previous
			? `l${text(point[0] - previous[0])} ${text(point[1] - previous[1])}`
			: `M${text(point[0])} ${text(point[1])}`;
		previous = point;
	}
	// A lone point still needs a segment for its markers to be drawn.
	return points.length === 1 ? `${path}l0 0` : path;
}
