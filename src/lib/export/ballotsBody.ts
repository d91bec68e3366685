/**
 * The recorded-ballot chart as an image: the ballot rows as the chart renders them (each ballot's date, number,
 * result and title over its bar across the chamber's seats, with the votes it needed marked), redrawn in SVG at
 * the image's width, the chosen ballot (the closest precedent) picked out as on the page, then the key. Pure.
 */
import { estimatedTextWidth } from '$lib/layout/textWidth';
import { byClass, find, px, stylesOf, viewBoxOf, type ChartBody, type ExportContext } from './chartBody';
import { classesOf, escapeXml, findAllByClass, textOf, walk, type MarkupElement } from './markupTree';
import { blockHeight, round, textBlock, wrapLines, type TextStyle } from './svgText';

const pad = { top: 10, right: 8, bottom: 12, left: 14 };
const barHeight = 14;
const metaSize = 13;

export function ballotsBody(ctx: ExportContext): ChartBody {
	const colour = (name: string) => ctx.vars.get(name)!;
	const rows = find(ctx.nodes, byClass('ballot-rows'), 'ballot rows');
	const within = [...walk([rows.element], rows.ancestors as MarkupElement[])];
	const parts: string[] = [];

	// The scale over the bars: seats from the left.
	const barX = pad.left;
	const barWidth = ctx.width - pad.left - pad.right;
	const ticks = findAllByClass([rows.element], 'tick');
	ticks.forEach((tick, i) => {
		const share = parseFloat(/left:\s*([\d.]+)%/.exec(tick.attrs.style ?? '')?.[1] ?? '0') / 100;
		const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
		parts.push(
			textBlock([textOf(tick)], barX + share * barWidth, 12, {
				size: 12,
				fill: colour('--colour-muted'),
				anchor
			})
		);
	});
	let y = 22;
	parts.push(rule(ctx, y));

	const label: TextStyle = { size: 16, leading: 1.3, fill: colour('--colour-text') };
	for (const found of within.filter(
		(w) => w.element.name === 'div' && classesOf(w.element).includes('row')
	)) {
		const row = found.element;
		const top = y;
		const meta = find([row], byClass('meta'), 'ballot details').element;
		const metaBaseline = top + pad.top + metaSize;
		const labelLines = wrapLines(
			textOf(find([row], byClass('label'), 'ballot title').element),
			barWidth,
			label.size
		);
		const labelBaseline = metaBaseline + 8 + label.size;
		const barTop = labelBaseline - label.size + blockHeight(labelLines.length, label) + 4;
		const bottom = barTop + barHeight + pad.bottom;
		const selected = classesOf(row).includes('selected');
		if (selected) {
			const styles = stylesOf(ctx, found);
			parts.push(
				`<rect class="selected" x="0" y="${round(top)}" width="${ctx.width}" height="${round(bottom - top)}" fill="${styles.background ?? colour('--colour-surface')}"/>`,
				`<rect x="0" y="${round(top)}" width="4" height="${round(bottom - top)}" fill="${styles['border-left-color'] ?? colour('--colour-text')}"/>`
			);
		}
		parts.push(metaLine(ctx, meta, barX, metaBaseline, barX + barWidth));
		parts.push(textBlock(labelLines, barX, labelBaseline, label).replace(/<text /g, `<text class="label" `));
		parts.push(
			bar(
				ctx,
				find([row], (e) => e.name === 'svg' && classesOf(e).includes('bar'), 'bar'),
				row,
				found.ancestors,
				barX,
				barTop,
				barWidth
			)
		);
		y = bottom;
		parts.push(rule(ctx, y));
	}

	y += 30;
	parts.push(legend(ctx, within, y));
	return { markup: parts.join(''), height: y + 4 };
}

function rule(ctx: ExportContext, y: number): string {
	return `<line x1="0" x2="${ctx.width}" y1="${round(y)}" y2="${round(y)}" stroke="${ctx.vars.get('--colour-rule')}" stroke-width="1"/>`;
}

/** Date, number and result in one line of text (the renderer spaces them); the badge boxed at the right. */
function metaLine(ctx: ExportContext, meta: MarkupElement, x: number, y: number, right: number): string {
	const muted = ctx.vars.get('--colour-muted')!;
	const text = ctx.vars.get('--colour-text')!;
	const spans = meta.children.filter((c): c is MarkupElement => typeof c !== 'string');
	const badge = spans.find((s) => classesOf(s).includes('badge'));
	const inline = spans
		.filter((s) => s !== badge)
		.map((s, i) => {
			const strong = classesOf(s).includes('result');
			// A no-break space leads each later part: an ordinary one at the start of a tspan is dropped by some renderers.
			return `<tspan${strong ? ` font-weight="700" fill="${text}"` : ''}>${i ? '\u00a0\u00a0\u00a0' : ''}${escapeXml(textOf(s))}</tspan>`;
		})
		.join('');
	let out = `<text class="meta" x="${round(x)}" y="${round(y)}" font-size="${metaSize}" fill="${muted}">${inline}</text>`;
	if (badge) {
		const words = textOf(badge);
		const width = estimatedTextWidth(words, metaSize, 'semibold') * 1.1 + 10;
		out +=
			`<rect x="${round(right - width)}" y="${round(y - metaSize)}" width="${round(width)}" height="${metaSize + 5}" rx="2" fill="none" stroke="${text}" stroke-width="1"/>` +
			`<text class="badge" x="${round(right - width / 2)}" y="${round(y)}" font-size="${metaSize}" font-weight="700" fill="${text}" text-anchor="middle">${escapeXml(words)}</text>`;
	}
	return out;
}

/** The bar's segments and the votes-needed mark, from the chart's own SVG, in px. */
function bar(
	ctx: ExportContext,
	svg: { element: MarkupElement; ancestors: readonly MarkupElement[] },
	row: MarkupElement,
	rowAncestors: readonly MarkupElement[],
	x: number,
	y: number,
	width: number
): string {
	const [, , seats] = viewBoxOf(svg.element);
	const scale = width / seats;
	const ancestors = [
		...rowAncestors,
		row,
		...svg.ancestors.slice(svg.ancestors.indexOf(row) + 1),
		svg.element
	];
	const out: string[] = [];
	for (const element of svg.element.children.filter((c): c is MarkupElement => typeof c !== 'string')) {
		const styles = stylesOf(ctx, { element, ancestors });
		const kind = classesOf(element).find((c) => !c.startsWith('svelte-')) ?? '';
		if (element.name === 'rect' && kind !== 'track') {
			const stroke = styles.stroke && styles.stroke !== 'none' ? styles.stroke : undefined;
			const inset = stroke ? px(styles['stroke-width'], 1) / 2 : 0;
			const dash = styles['stroke-dasharray'];
			out.push(
				`<rect class="${kind}" x="${round(x + Number(element.attrs.x) * scale + inset)}" y="${round(y + inset)}" width="${round(Math.max(0, Number(element.attrs.width) * scale - 2 * inset))}" height="${round(barHeight - 2 * inset)}" fill="${styles.fill ?? 'none'}"${stroke ? ` stroke="${stroke}" stroke-width="${px(styles['stroke-width'], 1)}"` : ''}${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
			);
		} else if (element.name === 'line') {
			const at = round(x + Number(element.attrs.x1) * scale);
			out.push(
				`<line class="${kind}" x1="${at}" x2="${at}" y1="${round(y - 3)}" y2="${round(y + barHeight + 3)}" stroke="${styles.stroke}" stroke-width="${px(styles['stroke-width'], 3)}"/>`
			);
		}
	}
	return `<g class="bar">${out.join('')}</g>`;
}

/** The key: each swatch as the chart styles it, then its words; items spaced by their estimated widths. */
function legend(
	ctx: ExportContext,
	within: { element: MarkupElement; ancestors: readonly MarkupElement[] }[],
	y: number
): string {
	const text = ctx.vars.get('--colour-text')!;
	const size = 14;
	let x = 0;
	const out: string[] = [];
	for (const item of within.filter((w) => w.element.name === 'li')) {
		const swatch = item.element.children.find(
			(c): c is MarkupElement => typeof c !== 'string' && classesOf(c).includes('swatch')
		);
		if (!swatch) continue;
		const styles = stylesOf(ctx, { element: swatch, ancestors: [...item.ancestors, item.element] });
		const words = textOf(item.element);
		const thin = classesOf(swatch).includes('needed');
		const border = /([\d.]+)px\s+solid\s+(#[0-9a-f]{3,8})/i.exec(styles.border ?? '');
		out.push(
			thin
				? `<rect x="${round(x + 7)}" y="${round(y - 13)}" width="3" height="17" fill="${styles.background}"/>`
				: `<rect x="${round(x + 0.5)}" y="${round(y - 10.5)}" width="17" height="11" fill="${styles.background}"${border ? ` stroke="${border[2]}" stroke-width="${border[1]}"` : ''}/>`,
			`<text x="${round(x + 24)}" y="${y}" font-size="${size}" fill="${text}">${escapeXml(words)}</text>`
		);
		x += 24 + estimatedTextWidth(words, size) * 1.1 + 28;
	}
	return `<g class="key">${out.join('')}</g>`;
}
