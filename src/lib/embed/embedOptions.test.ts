import { describe, expect, it } from 'vitest';
import {
	datawrapperHeightMessage,
	pymHeightMessage,
	readEmbedOptions,
	wordpressHeightMessage,
	wordpressSecret
} from './embedOptions';

const specs = {
	table: { values: ['show', 'hide'], default: 'hide' },
	highlight: { values: ['RN', 'LFI-NFP', 'none'], default: 'none', list: true }
};

describe('readEmbedOptions', () => {
	it('gives every option its default when the address sets none', () => {
		expect(readEmbedOptions('', specs)).toEqual({
			values: { table: 'hide', highlight: 'none' },
			rejected: []
		});
	});

	it('keeps known values, including several in a list', () => {
		expect(readEmbedOptions('?table=show&highlight=RN,LFI-NFP', specs).values).toEqual({
			table: 'show',
			highlight: 'RN,LFI-NFP'
		});
	});

	it('drops an unknown value for the default and reports it, never as markup', () => {
		const { values, rejected } = readEmbedOptions(
			'?table=<img src=x onerror=alert(1)>&highlight=RN,XYZ',
			specs
		);
		expect(values).toEqual({ table: 'hide', highlight: 'RN' });
		expect(rejected).toEqual([
			{ option: 'table', value: '<img src=x onerror=alert(1)>' },
			{ option: 'highlight', value: 'XYZ' }
		]);
	});

	it('shortens a long rejected value', () => {
		expect(readEmbedOptions(`?table=${'x'.repeat(500)}`, specs).rejected[0]!.value).toHaveLength(40);
	});
});

describe('height messages', () => {
	it('speak Pym.js: pym, the child id, "height" and the height, joined by xPYMx', () => {
		expect(pymHeightMessage('seats-embed', 412.3)).toBe('pymxPYMxseats-embedxPYMxheightxPYMx413');
	});

	it('speak Datawrapper: an object keyed "datawrapper-height"', () => {
		expect(datawrapperHeightMessage('nato-seats', 300)).toEqual({
			'datawrapper-height': { 'nato-seats': 300 }
		});
	});
});

describe('WordPress height messages', () => {
	it('reads the secret WordPress adds to the address, letters and digits only', () => {
		expect(wordpressSecret('#?secret=Ab12cd')).toBe('Ab12cd');
		expect(wordpressSecret('#?secret=Ab12cd&other=1')).toBe('Ab12cd');
		expect(wordpressSecret('#?secret="><img>')).toBeNull();
		expect(wordpressSecret('#step-3')).toBeNull();
		expect(wordpressSecret('')).toBeNull();
	});

	it('sends a whole height with the secret', () => {
		expect(wordpressHeightMessage('Ab12cd', 412.2)).toEqual({
			message: 'height',
			value: 413,
			secret: 'Ab12cd'
		});
	});
});
