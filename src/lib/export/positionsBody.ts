/**
 * The position map as an image: its own SVG, then the text it sets in HTML under it (the ends of the scale, the
 * scale's name, the parties the survey leaves out) redrawn as SVG text. Pure.
 */
import {
	byClass,
	find,
	placedSvg,
	svgWithin,
	viewBoxOf,
	type ChartBody,
	type ExportContext
} from './chartBody';
import { findAllByClass, textOf } from './markupTree';
import { blockHeight, textBlock, wrapLines } from './svgText';

export function positionsBody(ctx: ExportContext): ChartBody {
	const muted = ctx.vars.get('--colour-muted')!;
	const text = ctx.vars.get('--colour-text')!;
	const svg = find(ctx.nodes, svgWithin('position-map'), 'position map');
	const [, , vw, vh] = viewBoxOf(svg.element);
	const height = (ctx.width * vh) / vw;
	const parts = [placedSvg(ctx, svg, { x: 0, y: 0, width: ctx.width, height })];
	let y = height + 28;
	const ends = find(ctx.nodes, byClass('axis-ends'), 'ends of the scale').element;
	const [low, high] = ends.children.filter((c) => typeof c !== 'string');
	if (low) parts.push(textBlock([textOf(low)], 0, y, { size: 13, fill: muted }));
	if (high) parts.push(textBlock([textOf(high)], ctx.width, y, { size: 13, fill: muted, anchor: 'end' }));
	y += 24;
	const title = find(ctx.nodes, byClass('axis-title'), 'name of the scale').element;
	parts.push(
		textBlock([textOf(title)], ctx.width / 2, y, { size: 15, weight: 600, fill: text, anchor: 'middle' })
	);
	y += 6;
	const omitted = findAllByClass(ctx.nodes, 'omitted')[0];
	if (omitted) {
		const style = { size: 13, fill: muted };
		const lines = wrapLines(textOf(omitted), ctx.width, style.size);
		parts.push(textBlock(lines, 0, y + 24, style));
		y += 12 + blockHeight(lines.length, style);
	}
	return { markup: parts.join(''), height: y };
}
