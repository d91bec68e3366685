import { describe, expect, it } from 'vitest';
import {
	decodeEntities,
	escapeXml,
	findByClass,
	inlineStyle,
	parseMarkup,
	serializeXml,
	textOf
} from './markupTree';

describe('parseMarkup', () => {
	it('reads elements, attributes and text, and drops hydration comments', () => {
		const [div] = parseMarkup(
			'<!--[--><div class="a b" data-x="1"><!----><p>Hi <b>there</b></p></div><!--]-->'
		);
		expect(div).toEqual({
			name: 'div',
			attrs: { class: 'a b', 'data-x': '1' },
			children: [{ name: 'p', attrs: {}, children: ['Hi ', { name: 'b', attrs: {}, children: ['there'] }] }]
		});
	});

	it('decodes character references in text and attributes', () => {
		const [p] = parseMarkup('<p title="&quot;A&quot; &amp; B">Seats &lt; 289 &#8211; LFI&#x27;s</p>');
		expect(p).toMatchObject({ attrs: { title: '"A" & B' }, children: ["Seats < 289 – LFI's"] });
	});

	it('knows void and self-closed elements', () => {
		const nodes = parseMarkup('<label><input type="radio" checked> A</label><svg><path d="M0 0"/></svg>');
		expect(nodes).toHaveLength(2);
		expect(textOf(nodes[0]!)).toBe('A');
	});

	it('throws on markup that is not well formed', () => {
		expect(() => parseMarkup('<g><circle></g>')).toThrow(/Unexpected <\/g>/);
		expect(() => parseMarkup('<g><circle></circle>')).toThrow(/not closed/);
	});
});

describe('serializeXml', () => {
	it('writes XML that reads back to the same tree, escaping text and attributes', () => {
		const markup =
			'<svg viewBox="0 0 1 1"><g data-label="A &amp; &quot;B&quot;"><text>1 &lt; 2 &amp; 3</text><circle r="1"></circle></g></svg>';
		const [tree] = parseMarkup(markup);
		const xml = serializeXml(tree!);
		expect(xml).toBe(
			'<svg viewBox="0 0 1 1"><g data-label="A &amp; &quot;B&quot;"><text>1 &lt; 2 &amp; 3</text><circle r="1"/></g></svg>'
		);
		expect(parseMarkup(xml)).toEqual([tree]);
	});
});

describe('helpers', () => {
	it('escapes and decodes as inverses', () => {
		const text = `<a href="x">Tom & Jerry's</a>`;
		expect(decodeEntities(escapeXml(text))).toBe(text);
	});
	it('finds by class and reads inline styles', () => {
		const nodes = parseMarkup('<div><p class="x key" style="--fill: var(--a); left: 50%;">k</p></div>');
		const p = findByClass(nodes, 'key')!;
		expect(inlineStyle(p)).toEqual({ '--fill': 'var(--a)', left: '50%' });
		expect(findByClass(nodes, 'nope')).toBeUndefined();
	});
});
