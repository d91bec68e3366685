import { describe, expect, it } from 'vitest';
import { parseCss } from './cssRules';
import { parseMarkup, serializeXml, type MarkupElement } from './markupTree';
import { computedDeclarations, prefixIds, resolveStyles, resolveVars } from './resolveStyles';

const rootVars = new Map([
	['--colour-bg', '#fcfbf8'],
	['--colour-text', '#1b1b1d'],
	['--colour-accent', '#b3261e'],
	['--group-RN-fill', '#2b2e63']
]);

function resolved(markup: string, css: string): string {
	const [root] = parseMarkup(markup) as MarkupElement[];
	const svg =
		root!.name === 'svg'
			? root!
			: (root!.children.find((c) => typeof c !== 'string' && c.name === 'svg') as MarkupElement);
	const ancestors = root === svg ? [] : [root!];
	return serializeXml(resolveStyles(svg, ancestors, parseCss(css), rootVars));
}

describe('resolveVars', () => {
	it('replaces custom properties, nested ones and fallbacks', () => {
		const vars = new Map([...rootVars, ['--fill', 'var(--group-RN-fill)']]);
		expect(resolveVars('var(--fill)', vars)).toBe('#2b2e63');
		expect(resolveVars('1px solid var(--nope, var(--colour-text))', vars)).toBe('1px solid #1b1b1d');
		expect(() => resolveVars('var(--nope)', vars)).toThrow(/--nope/);
	});
});

describe('resolveStyles', () => {
	it('writes the winning declarations as presentation attributes, custom properties resolved', () => {
		const svg = resolved(
			'<div class="hemicycle svelte-abc"><svg class="seats svelte-abc" style="--seat-stroke: 0.5;"><g class="group svelte-abc" style="--fill: var(--group-RN-fill);"><circle class="seat for svelte-abc" r="1"></circle><circle class="seat against svelte-abc" r="1"></circle></g></svg></div>',
			`.seat { fill: var(--fill); stroke-width: var(--seat-stroke); transition: fill 1s; }
			 .seat.against { fill: var(--colour-bg); }
			 .hemicycle .seat { stroke: var(--colour-text); }`
		);
		expect(svg).toBe(
			'<svg class="seats"><g class="group"><circle class="seat for" r="1" fill="#2b2e63" stroke-width="0.5" stroke="#1b1b1d"/><circle class="seat against" r="1" fill="#fcfbf8" stroke-width="0.5" stroke="#1b1b1d"/></g></svg>'
		);
	});

	it('orders equal specificity by source order, and a more specific rule wins whatever its place', () => {
		const css = `.mark .diamond { fill: red; } .diamond { fill: blue; stroke: blue; } .diamond { stroke: green; }`;
		expect(resolved('<svg><g class="mark"><rect class="diamond"></rect></g></svg>', css)).toContain(
			'fill="red" stroke="green"'
		);
	});

	it('drops what a static image has no use for: ARIA, roles, tab stops, hashes, hidden elements', () => {
		const svg = resolved(
			'<svg role="listbox" tabindex="0" aria-label="Seats"><g role="option" aria-selected="false" class="a svelte-x1"><rect class="hidden"></rect></g></svg>',
			'.hidden { display: none; }'
		);
		expect(svg).toBe('<svg><g class="a"/></svg>');
	});

	it('applies text-transform to the text itself, and strips px from lengths', () => {
		const svg = resolved(
			'<svg><text class="lane-label">US actions</text></svg>',
			'.lane-label { text-transform: uppercase; font-size: 11px; }'
		);
		expect(svg).toBe('<svg><text class="lane-label" font-size="11">US ACTIONS</text></svg>');
	});

	it('never lets a focus or hover style into the image', () => {
		const svg = resolved(
			'<svg class="seats"><circle class="seat"></circle></svg>',
			'svg:focus-visible { outline: 3px solid red; } .seat:hover { fill: red; }'
		);
		expect(svg).toBe('<svg class="seats"><circle class="seat"/></svg>');
	});
});

describe('computedDeclarations', () => {
	it('gives an HTML element its declarations with custom properties from its ancestors', () => {
		const [root] = parseMarkup(
			'<ul class="legend" style="--x: var(--colour-accent);"><li><span class="swatch side-against"></span></li></ul>'
		) as MarkupElement[];
		const li = root!.children[0] as MarkupElement;
		const swatch = li.children[0] as MarkupElement;
		const declared = computedDeclarations(
			swatch,
			[root!, li],
			parseCss('.swatch.side-against { border-left: 5px dashed var(--x); }'),
			rootVars
		);
		expect(declared).toEqual({ 'border-left': '5px dashed #b3261e' });
	});
});

describe('prefixIds', () => {
	it('prefixes ids and the references to them', () => {
		const [svg] = parseMarkup(
			'<svg><marker id="arrow"></marker><path marker-start="url(#arrow)"></path><use href="#arrow"></use></svg>'
		) as MarkupElement[];
		expect(serializeXml(prefixIds(svg!, 'arguments'))).toBe(
			'<svg><marker id="arguments-arrow"/><path marker-start="url(#arguments-arrow)"/><use href="#arguments-arrow"/></svg>'
		);
	});
});
