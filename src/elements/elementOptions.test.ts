import { describe, expect, it } from 'vitest';
import { commonOptions, readElementOptions } from './elementOptions';

const specs = {
	...commonOptions('en'),
	highlight: { values: ['RN', 'UDR', 'none'], default: 'none', list: true }
};

describe('readElementOptions', () => {
	it('gives the defaults for absent attributes', () => {
		expect(readElementOptions({}, specs)).toEqual({
			values: { lang: 'en', theme: 'auto', table: 'hide', highlight: 'none' },
			rejected: []
		});
	});

	it('reads a list written with spaces or commas', () => {
		expect(readElementOptions({ highlight: ' RN  UDR ' }, specs).values.highlight).toBe('RN,UDR');
		expect(readElementOptions({ highlight: 'RN,UDR' }, specs).values.highlight).toBe('RN,UDR');
	});

	it('reads a repeated value once, and a repeated bad one is reported once', () => {
		expect(readElementOptions({ highlight: 'RN RN' }, specs)).toMatchObject({
			values: { highlight: 'RN' },
			rejected: []
		});
		expect(readElementOptions({ highlight: 'x x' }, specs)).toMatchObject({
			values: { highlight: 'none' },
			rejected: [{ option: 'highlight', value: 'x' }]
		});
	});

	it('trims values and matches them without regard to case', () => {
		expect(readElementOptions({ theme: ' Dark', table: 'SHOW ', highlight: ' rn udr ' }, specs)).toEqual({
			values: { lang: 'en', theme: 'dark', table: 'show', highlight: 'RN,UDR' },
			rejected: []
		});
	});

	it('takes only the language the data was built in', () => {
		expect(readElementOptions({ lang: 'fr' }, specs)).toMatchObject({
			values: { lang: 'en' },
			rejected: [{ option: 'lang', value: 'fr' }]
		});
	});

	it('drops a bad value for the default and reports it as text', () => {
		const read = readElementOptions({ theme: '<img src=x onerror=alert(1)>', highlight: 'RN XX' }, specs);
		expect(read.values).toMatchObject({ theme: 'auto', highlight: 'RN' });
		expect(read.rejected).toEqual([
			{ option: 'theme', value: '<img src=x onerror=alert(1)>' },
			{ option: 'highlight', value: 'XX' }
		]);
	});
});
