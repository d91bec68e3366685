/**
 * Text attributes that browsers and resvg draw but some editors (Illustrator) ignore, rewritten into forms every
 * SVG reader draws the same: a vertical centring (`dominant-baseline`) becomes a `dy` shift, and a halo drawn
 * under its text (`paint-order="stroke"`) becomes a stroked copy under an unstroked one. Pure.
 */
import type { MarkupElement, MarkupNode } from './markupTree';

/** How far below the centre line a baseline sits, for a face like Inter's (x-height about 0.55 em). */
const centreShift = '0.35em';

function portable(element: MarkupElement): MarkupElement[] {
	const children = element.children.flatMap((child): MarkupNode[] =>
		typeof child === 'string' ? [child] : portable(child)
	);
	const attrs = { ...element.attrs };
	if (
		element.name === 'text' &&
		(attrs['dominant-baseline'] === 'middle' || attrs['dominant-baseline'] === 'central')
	) {
		delete attrs['dominant-baseline'];
		attrs.dy ??= centreShift;
	}
	if (attrs['paint-order'] === 'stroke' && attrs.stroke && attrs.stroke !== 'none') {
		delete attrs['paint-order'];
		const { stroke, 'stroke-width': strokeWidth, ...fillOnly } = attrs;
		void [stroke, strokeWidth];
		return [
			{ name: element.name, attrs: { ...attrs, class: `${attrs.class ?? ''} halo`.trim() }, children },
			{ name: element.name, attrs: fillOnly, children }
		];
	}
	return [{ name: element.name, attrs, children }];
}

/** A copy of the tree with its text written portably. */
export function portableText(element: MarkupElement): MarkupElement {
	const [result, halo] = portable(element);
	if (halo) throw new Error('The root of an exported SVG cannot be a haloed text');
	return result!;
}
