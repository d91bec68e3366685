/**
 * The seat chart as an image: the hemicycle's own SVG, then the text it sets in HTML over and under it (the
 * majority label, the number in the well, the key of groups) redrawn as SVG text at the same places. Pure.
 */
import { estimatedTextWidth } from '$lib/layout/textWidth';
import { escapeXml, findAllByClass, inlineStyle, textOf } from './markupTree';
import { byClass, find, placedSvg, viewBoxOf, type ChartBody, type ExportContext } from './chartBody';
import { resolveVars } from './resolveStyles';
import { round, textBlock } from './svgText';

/** Share of the body's width the arch takes. */
const archShare = 0.75;

export function seatsBody(ctx: ExportContext): ChartBody {
	const colour = (name: string) => ctx.vars.get(name)!;
	const svg = find(ctx.nodes, byClass('seats'), 'hemicycle');
	const [, , vw, vh] = viewBoxOf(svg.element);
	const width = ctx.width * archShare;
	const height = (width * vh) / vw;
	const x0 = (ctx.width - width) / 2;
	const parts = [placedSvg(ctx, svg, { x: x0, y: 0, width, height })];
	const at = (value: string | undefined, size: number) => (parseFloat(value ?? '0') / 100) * size;

	const majority = findAllByClass(ctx.nodes, 'majority-label')[0];
	if (majority) {
		const style = inlineStyle(majority);
		parts.push(
			textBlock([textOf(majority)], x0 + at(style.left, width), at(style.top, height) - 4, {
				size: 14,
				weight: 600,
				fill: colour('--colour-text'),
				anchor: 'middle'
			})
		);
	}
	const centre = find(ctx.nodes, byClass('centre'), 'number in the well').element;
	const bottom = height - at(inlineStyle(centre).bottom, height);
	const [big, small] = [findAllByClass([centre], 'big')[0], findAllByClass([centre], 'small')[0]];
	if (small)
		parts.push(
			textBlock([textOf(small)], ctx.width / 2, bottom - 2, {
				size: 14,
				fill: colour('--colour-muted'),
				anchor: 'middle'
			})
		);
	if (big)
		parts.push(
			textBlock([textOf(big)], ctx.width / 2, bottom - 22, {
				size: 40,
				weight: 700,
				fill: colour('--colour-text'),
				anchor: 'middle'
			})
		);

	const key = keyItems(ctx);
	const keyTop = height + 28;
	// A grid of equal columns: the key lines up whatever font the SVG is finally drawn in.
	const column = Math.max(...key.map((item) => item.width)) + gap;
	const perRow = Math.max(1, Math.floor(ctx.width / column));
	const rows = Math.ceil(key.length / perRow);
	for (let r = 0; r < rows; r++) {
		const row = key.slice(r * perRow, (r + 1) * perRow);
		const x = (ctx.width - row.length * column + gap) / 2;
		row.forEach((item, i) => parts.push(item.draw(x + i * column, keyTop + r * 26)));
	}
	return { markup: parts.join(''), height: keyTop + rows * 26 - 8 };
}

const gap = 20;
const size = 14;

interface KeyItem {
	width: number;
	draw: (x: number, y: number) => string;
}

/** The key under the arch, one item per group and one for the vacant seats, from the rendered key. */
function keyItems(ctx: ExportContext): KeyItem[] {
	const text = ctx.vars.get('--colour-text')!;
	const muted = ctx.vars.get('--colour-muted')!;
	return findAllByClass(ctx.nodes, 'key')
		.flatMap((key) => key.children)
		.filter((li) => typeof li !== 'string' && li.name === 'li')
		.map((node) => {
			const li = node as Exclude<typeof node, string>;
			const label = findAllByClass([li], 'label')[0];
			const count = findAllByClass([li], 'count')[0];
			const vacant = !label;
			const style = inlineStyle(li);
			const vars = new Map([...ctx.vars, ...Object.entries(style)]);
			const fill = vacant ? 'none' : resolveVars('var(--fill)', vars);
			const ink = vacant ? muted : resolveVars('var(--ink)', vars);
			const name = vacant ? textOf(li) : textOf(label);
			// The group's name spelt out after its code, where the chart gives one.
			const fullName = findAllByClass([li], 'name')[0];
			const spelt = fullName ? textOf(fullName) : '';
			const number = count ? textOf(count) : '';
			const width = 18 + estimatedTextWidth(`${name} ${spelt} ${number}`, size, 'semibold');
			// A no-break space: an ordinary one at the start of a tspan is dropped by some renderers (librsvg).
			const words = vacant
				? `<tspan fill="${muted}">${escapeXml(name)}</tspan>`
				: `<tspan font-weight="600" fill="${text}">${escapeXml(name)}</tspan>` +
					(spelt ? `<tspan fill="${text}">\u00a0${escapeXml(spelt)}</tspan>` : '') +
					`<tspan fill="${muted}">\u00a0${escapeXml(number)}</tspan>`;
			return {
				width,
				draw: (x: number, y: number) =>
					`<g class="key-item"><circle cx="${round(x + 6)}" cy="${round(y - 5)}" r="6" fill="${fill}" stroke="${ink}" stroke-width="1.5"${vacant ? ' stroke-dasharray="3 2"' : ''}/>` +
					`<text x="${round(x + 18)}" y="${y}" font-size="${size}">${words}</text></g>`
			};
		});
}
