/** The timeline's marker shapes as SVG path data, shared by the chart, its key and the vertical timeline. */

/** A diamond centred on (x, y), `size` px wide and tall. */
export function diamondPath(x: number, y: number, size: number): string {
	const h = size / 2;
	return `M${round(x)} ${round(y - h)}L${round(x + h)} ${round(y)}L${round(x)} ${round(y + h)}L${round(x - h)} ${round(y)}Z`;
}

/** A break in an axis at x, across a line at y: two short parallel slashes. */
export function breakPath(x: number, y: number, size = 6): string {
	const [dx, dy] = [size / 3, size];
	return [-2.5, 2.5]
		.map((offset) => `M${round(x + offset - dx)} ${round(y + dy)}L${round(x + offset + dx)} ${round(y - dy)}`)
		.join('');
}

const round = (n: number) => Math.round(n * 10) / 10;
