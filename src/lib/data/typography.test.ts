import { describe, expect, it } from 'vitest';
import { guillemetSpaces, nestedQuotes, typesetStrings } from './typography';

describe('guillemetSpaces', () => {
	it('makes the spaces inside French guillemets non-breaking, adding them where missing', () => {
		expect(guillemetSpaces('une « menace » et «\u00A0deux\u00A0» et «trois»')).toBe(
			'une «\u00A0menace\u00A0» et «\u00A0deux\u00A0» et «\u00A0trois\u00A0»'
		);
	});
	it('leaves text without guillemets alone', () => {
		expect(guillemetSpaces('a “quote” and 5 %')).toBe('a “quote” and 5 %');
	});
});

describe('typesetStrings', () => {
	it('reaches strings deep in objects and arrays, and leaves other values and the input as they are', () => {
		const input = { a: '« x »', b: [1, { c: '« y »' }], d: null, e: true };
		expect(typesetStrings(input)).toEqual({
			a: '«\u00A0x\u00A0»',
			b: [1, { c: '«\u00A0y\u00A0»' }],
			d: null,
			e: true
		});
		expect(input.a).toBe('« x »');
	});
});

describe('nestedQuotes', () => {
	it('turns quotes inside an English quote into single quotes', () => {
		expect(nestedQuotes('set out in their latest “National Security Strategy”', 'en')).toBe(
			'set out in their latest ‘National Security Strategy’'
		);
	});
	it('turns guillemets inside a French quote into English double quotes', () => {
		expect(nestedQuotes('leur dernière « Stratégie de sécurité nationale »', 'fr')).toBe(
			'leur dernière “Stratégie de sécurité nationale”'
		);
	});
});
