/**
 * What every exported chart body shares: the rendered chart's markup, the styles that draw it, and helpers to
 * take its SVG out as a standalone, resolved copy. A body is the chart's drawing at the image's width, in px,
 * with the text the chart sets in HTML (keys, axis titles, boxes) redrawn as SVG text. Pure.
 */
import type { StyleRule } from './cssRules';
import { classesOf, serializeXml, walk, type MarkupElement, type MarkupNode } from './markupTree';
import { computedDeclarations, prefixIds, resolveStyles } from './resolveStyles';
import { portableText } from './portableText';
import { round } from './svgText';

export interface ExportContext {
	/** The chart as the server rendered it. */
	nodes: MarkupNode[];
	/** The style rules of the components that drew it. */
	rules: StyleRule[];
	/** The page's custom properties in the light theme: design tokens and group colours. */
	vars: ReadonlyMap<string, string>;
	/** The width to draw at, in px. */
	width: number;
	/** Prefix for the ids in the chart, so that two images inlined in one page never share an id. */
	idPrefix: string;
}

export interface ChartBody {
	/** SVG markup with its origin at the body's top left. */
	markup: string;
	/** In px. */
	height: number;
}

/** The first element matching `test`, with its ancestors; throws naming `what` when there is none. */
export function find(
	nodes: readonly MarkupNode[],
	test: (element: MarkupElement, ancestors: readonly MarkupElement[]) => boolean,
	what: string
) {
	for (const found of walk(nodes)) if (test(found.element, found.ancestors)) return found;
	throw new Error(`The rendered chart has no ${what}`);
}

/** An element with the class, within an element with the class `within` when given. */
export const byClass =
	(className: string, within?: string) => (element: MarkupElement, ancestors: readonly MarkupElement[]) =>
		classesOf(element).includes(className) &&
		(!within || ancestors.some((a) => classesOf(a).includes(within)));

/** The `<svg>` within an element with the class. */
export const svgWithin =
	(className: string) => (element: MarkupElement, ancestors: readonly MarkupElement[]) =>
		element.name === 'svg' && ancestors.some((a) => classesOf(a).includes(className));

/** The numbers of an SVG's viewBox. */
export function viewBoxOf(svg: MarkupElement): [number, number, number, number] {
	const numbers = (svg.attrs.viewBox ?? '')
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)))
		throw new Error('An SVG with no viewBox');
	return numbers as [number, number, number, number];
}

/**
 * The chart's SVG, resolved and placed at (x, y), scaled to `width` × `height` px: a group with a transform
 * rather than a nested `<svg>`, which some editors (Illustrator) place badly.
 */
export function placedSvg(
	ctx: ExportContext,
	found: { element: MarkupElement; ancestors: readonly MarkupElement[] },
	box: { x: number; y: number; width: number; height: number }
): string {
	const resolved = portableText(
		prefixIds(resolveStyles(found.element, found.ancestors, ctx.rules, ctx.vars), ctx.idPrefix)
	);
	const [vx, vy, vw, vh] = found.element.attrs.viewBox
		? viewBoxOf(found.element)
		: [0, 0, box.width, box.height];
	const scale = (n: number) => String(Math.round(n * 1e6) / 1e6);
	const { viewBox, width, height, overflow, xmlns, ...kept } = resolved.attrs;
	void [viewBox, width, height, overflow, xmlns];
	const transform = [
		`translate(${round(box.x)} ${round(box.y)})`,
		`scale(${scale(box.width / vw)} ${scale(box.height / vh)})`,
		vx || vy ? `translate(${scale(-vx)} ${scale(-vy)})` : ''
	].filter(Boolean);
	return serializeXml({
		name: 'g',
		attrs: { ...kept, transform: transform.join(' ') },
		children: resolved.children
	});
}

/** The declarations that apply to an element of the rendered chart, custom properties resolved. */
export const stylesOf = (
	ctx: ExportContext,
	found: { element: MarkupElement; ancestors: readonly MarkupElement[] }
) => computedDeclarations(found.element, found.ancestors, ctx.rules, ctx.vars);

/** A px length from inline style or a declaration ("12.5px" → 12.5). */
export const px = (value: string | undefined, fallback = 0) => {
	const n = parseFloat(value ?? '');
	return Number.isFinite(n) ? n : fallback;
};

/** A CSS border shorthand ("1.5px dashed #9a958a") as width, style and colour. */
export function borderOf(value: string | undefined) {
	if (!value) return undefined;
	const width = px(/(-?[\d.]+)px/.exec(value)?.[1] + 'px', 1);
	const style = /\b(solid|dashed|dotted)\b/.exec(value)?.[1] ?? 'solid';
	const colour = /(#[0-9a-f]{3,8}|rgba?\([^)]*\)|\b[a-z]+\b)\s*$/i.exec(
		value.replace(/\b(solid|dashed|dotted)\b/, '').trim()
	)?.[1];
	return { width, style, colour: colour ?? 'currentColor' };
}

/** The SVG dash pattern that draws like a CSS border style of that width. */
export const dashOf = (style: string, width: number) =>
	style === 'dashed'
		? `${round(width * 2)} ${round(width * 1.2)}`
		: style === 'dotted'
			? `${round(width)} ${round(width)}`
			: undefined;
