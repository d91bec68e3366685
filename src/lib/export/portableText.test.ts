import { describe, expect, it } from 'vitest';
import { parseMarkup, serializeXml, type MarkupElement } from './markupTree';
import { portableText } from './portableText';

const rewritten = (markup: string) => serializeXml(portableText(parseMarkup(markup)[0] as MarkupElement));

describe('portableText', () => {
	it('turns a vertically centred label into one shifted down by a third of an em', () => {
		expect(
			rewritten(
				'<g><text y="10" dominant-baseline="middle">A</text><text dominant-baseline="central" dy="2">B</text></g>'
			)
		).toBe('<g><text y="10" dy="0.35em">A</text><text dy="2">B</text></g>');
	});

	it('draws a halo as a stroked copy under the text, and keeps text without a halo as it is', () => {
		expect(
			rewritten(
				'<g><text class="label" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">LFI</text><text fill="#111">PS</text></g>'
			)
		).toBe(
			'<g><text class="label halo" fill="#111" stroke="#fff" stroke-width="3">LFI</text><text class="label" fill="#111">LFI</text><text fill="#111">PS</text></g>'
		);
	});
});
