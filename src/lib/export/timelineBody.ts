/** The timeline as an image: its own SVG, laid out at the image's width; all its text is already SVG. Pure. */
import { find, placedSvg, svgWithin, viewBoxOf, type ChartBody, type ExportContext } from './chartBody';

export function timelineBody(ctx: ExportContext): ChartBody {
	const svg = find(ctx.nodes, svgWithin('timeline-chart'), 'timeline');
	const [, , vw, vh] = viewBoxOf(svg.element);
	const height = (ctx.width * vh) / vw;
	return { markup: placedSvg(ctx, svg, { x: 0, y: 0, width: ctx.width, height }), height };
}
