import { describe, expect, it } from 'vitest';
import {
	datawrapperHeightMessage,
	pymHeightMessage,
	readEmbedOptions,
	wordpressHeightMessage,
	wordpressSecret
} from './embedOptions';
import { noticeValue } from './noticeValue';

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

	it('shortens a long rejected value to 40 characters, the last an ellipsis', () => {
		const { value } = readEmbedOptions(`?table=${'x'.repeat(500)}`, specs).rejected[0]!;
		expect(value).toBe(`${'x'.repeat(39)}…`);
		expect(value).toBe(noticeValue('x'.repeat(500)));
		expect(noticeValue('x'.repeat(40))).toBe('x'.repeat(40));
	});

	it('reports each distinct rejected value once, however often it is repeated', () => {
		const repeated = readEmbedOptions(`?highlight=${Array(2000).fill('x').join(',')}`, specs);
		expect(repeated).toEqual({
			values: { table: 'hide', highlight: 'none' },
			rejected: [{ option: 'highlight', value: 'x' }]
		});
		const long = 'y'.repeat(100);
		expect(readEmbedOptions(`?highlight=${long},${long}z,XYZ,XYZ`, specs).rejected).toEqual([
			{ option: 'highlight', value: noticeValue(long) },
			{ option: 'highlight', value: 'XYZ' }
		]);
	});

	it('keeps a known value given twice once', () => {
		expect(readEmbedOptions('?highlight=RN,RN,LFI-NFP,RN', specs)).toEqual({
			values: { table: 'hide', highlight: 'RN,LFI-NFP' },
			rejected: []
		});
	});

	it('trims values and matches them without regard to case, keeping the known spelling', () => {
		expect(readEmbedOptions('?table=%20SHOW%20&highlight=rn,%20lfi-nfp', specs)).toEqual({
			values: { table: 'show', highlight: 'RN,LFI-NFP' },
			rejected: []
		});
		expect(readEmbedOptions('?table=%20%20', specs).values.table).toBe('hide');
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
