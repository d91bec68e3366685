/**
 * The argument map as an image: its own SVG (the edges), then the claim boxes it sets in HTML at laid-out
 * positions redrawn as SVG boxes with their text, styled from the component's rules, and its legend. Pure.
 */
import { estimatedTextWidth } from '$lib/layout/textWidth';
import { lineCount } from '$lib/layout/argumentMap';
import {
	borderOf,
	byClass,
	dashOf,
	find,
	placedSvg,
	px,
	stylesOf,
	type ChartBody,
	type ExportContext
} from './chartBody';
import { classesOf, inlineStyle, textOf, walk, type MarkupElement } from './markupTree';
import { fontStacks, round, textBlock } from './svgText';

/** The box text is drawn a little under the size the layout measured, so that it stays inside its box. */
const textScale = 0.93;

export function argumentsBody(ctx: ExportContext): ChartBody {
	const map = find(ctx.nodes, byClass('argument-map'), 'argument map');
	const mapHeight = px(inlineStyle(map.element).height);
	const svg = find(map.element.children, (e) => e.name === 'svg', 'edges');
	const parts = [
		placedSvg(
			ctx,
			{ element: svg.element, ancestors: [...map.ancestors, map.element] },
			{ x: 0, y: 0, width: ctx.width, height: mapHeight }
		)
	];
	for (const found of walk(map.element.children, [...map.ancestors, map.element]))
		if (classesOf(found.element).includes('box')) parts.push(box(ctx, found));
	const legend = legendRow(ctx, mapHeight + 32);
	return { markup: parts.join('') + legend, height: mapHeight + 40 };
}

/** Lines of at most `perLine` characters, broken between words (the layout's own rule, `lineCount`). */
export function linesOf(text: string, perLine: number): string[] {
	const limit = Math.max(1, Math.floor(perLine));
	const length = (s: string) => [...s].length;
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && length(last) + 1 + length(word) <= limit)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

function box(
	ctx: ExportContext,
	found: { element: MarkupElement; ancestors: readonly MarkupElement[] }
): string {
	const style = inlineStyle(found.element);
	const declared = stylesOf(ctx, found);
	const [x, y, w, h] = [style.left, style.top, style.width, style.height].map((v) => px(v));
	const fontSize = px(style['font-size'], 14);
	const padding = px(declared.padding, 10);
	const text = textOf(found.element);
	const perLine = (w! - 2 * padding) / (0.5 * fontSize);
	const lines = linesOf(text, perLine);
	if (lines.length !== lineCount(text, perLine)) throw new Error(`Box text wraps unlike its layout: ${text}`);
	const border = borderOf(declared.border);
	const left = borderOf(declared['border-left']);
	const centred = declared['text-align'] === 'center';
	const serif = (declared['font-family'] ?? '').includes('Serif');
	const leading = parseFloat(declared['line-height'] ?? '1.35');
	const parts = [
		`<rect x="${x}" y="${round(y!)}" width="${w}" height="${round(h!)}" rx="${px(declared['border-radius'])}" fill="${declared.background ?? 'none'}"` +
			(border ? ` stroke="${border.colour}" stroke-width="${border.width}"` : '') +
			'/>'
	];
	if (left) {
		const dash = dashOf(left.style, left.width);
		parts.push(
			`<line x1="${x! + left.width / 2}" y1="${round(y!)}" x2="${x! + left.width / 2}" y2="${round(y! + h!)}" stroke="${left.colour}" stroke-width="${left.width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
		);
	}
	const size = round(fontSize * textScale);
	parts.push(
		textBlock(
			lines,
			centred ? x! + w! / 2 : x! + padding,
			y! + padding + (fontSize * (leading - 1)) / 2 + fontSize * 0.8,
			{
				size,
				leading: (leading * fontSize) / size,
				weight: declared['font-weight'] ? Number(declared['font-weight']) : undefined,
				family: serif ? fontStacks.serif : undefined,
				fill: ctx.vars.get('--colour-text')!,
				anchor: centred ? 'middle' : 'start'
			}
		)
	);
	return `<g class="${classesOf(found.element)
		.filter((c) => !c.startsWith('svelte-'))
		.join(' ')}">${parts.join('')}</g>`;
}

/** The legend: each relation with its own line sample, each side with its swatch, by name. */
function legendRow(ctx: ExportContext, y: number): string {
	const legend = find(ctx.nodes, byClass('legend'), 'legend');
	const muted = ctx.vars.get('--colour-text')!;
	let x = 0;
	const parts: string[] = [];
	for (const found of walk(legend.element.children, [...legend.ancestors, legend.element])) {
		if (found.element.name !== 'li') continue;
		// The relation's name only: the image's one-line key leaves out the page's plain-words gloss.
		const term = found.element.children.find(
			(c) => typeof c !== 'string' && classesOf(c).includes('term')
		) as MarkupElement | undefined;
		const label = textOf(term ?? found.element);
		const sample = found.element.children.find((c) => typeof c !== 'string' && c.name === 'svg') as
			MarkupElement | undefined;
		const swatch = found.element.children.find(
			(c) => typeof c !== 'string' && classesOf(c).includes('swatch')
		) as MarkupElement | undefined;
		if (sample) {
			parts.push(
				placedSvg(
					ctx,
					{ element: sample, ancestors: [...found.ancestors, found.element] },
					{ x, y: y - 9, width: 36, height: 10 }
				)
			);
			x += 42;
		} else if (swatch) {
			const declared = stylesOf(ctx, { element: swatch, ancestors: [...found.ancestors, found.element] });
			const border = borderOf(declared.border);
			const left = borderOf(declared['border-left']);
			parts.push(
				`<rect x="${x}" y="${y - 12}" width="16" height="13" fill="none" stroke="${border?.colour}" stroke-width="${border?.width ?? 1}"/>`
			);
			if (left) {
				const dash = dashOf(left.style, left.width);
				parts.push(
					`<line x1="${x + left.width / 2}" y1="${y - 12}" x2="${x + left.width / 2}" y2="${y + 1}" stroke="${left.colour}" stroke-width="${left.width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
				);
			}
			x += 22;
		}
		parts.push(textBlock([label], x, y, { size: 13, fill: muted }));
		x += estimatedTextWidth(label, 13) * 1.08 + 24;
	}
	return parts.join('');
}
