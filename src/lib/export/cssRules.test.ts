import { describe, expect, it } from 'vitest';
import { componentCss, parseCss, parseSelector } from './cssRules';

describe('componentCss', () => {
	it('takes the style blocks of a component and unwraps :global()', () => {
		const source =
			'<script>let a = 1;</script><div></div><style>\n.chart :global(.timeline-chart) { max-width: 1px; }\n</style>';
		expect(componentCss(source).trim()).toBe('.chart .timeline-chart { max-width: 1px; }');
	});
});

describe('parseSelector', () => {
	it.each([
		['.seat', [0, 1, 0]],
		['.seat.against', [0, 2, 0]],
		['.active .seat', [0, 2, 0]],
		["button[aria-pressed='true']", [0, 1, 1]],
		['svg', [0, 0, 1]],
		['.key > li .swatch', [0, 2, 1]]
	])('reads %s with specificity %j', (text, specificity) => {
		expect(parseSelector(text)?.specificity).toEqual(specificity);
	});

	it.each(['svg:focus-visible', '.seats:focus', '.sources a + a::before', '#id'])(
		'leaves out %s, which a static image never matches',
		(text) => {
			expect(parseSelector(text)).toBeUndefined();
		}
	);
});

describe('parseCss', () => {
	it('keeps plain rules in order and skips at-rules and pseudo-class selectors', () => {
		const rules = parseCss(`
			/* a comment { } */
			.seat { fill: var(--fill); stroke: red }
			.seat:focus, .dot { opacity: 0.5; }
			@media (min-width: 40rem) { .plot { aspect-ratio: 16 / 10; } }
			@container (max-width: 34rem) { .faded { display: none; } }
			.lane-us .diamond,
			.lane-us .bar { fill: var(--colour-accent); }
		`);
		expect(rules.map((r) => r.selectors.length)).toEqual([1, 1, 2]);
		expect(rules[0]!.declarations).toEqual({ fill: 'var(--fill)', stroke: 'red' });
		expect(rules[1]!.declarations).toEqual({ opacity: '0.5' });
	});
});
