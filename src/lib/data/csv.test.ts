import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const columns = [
	{ name: 'id', value: (r: { id: string; n: number | null; ok: boolean }) => r.id },
	{ name: 'n', value: (r: { id: string; n: number | null; ok: boolean }) => r.n },
	{ name: 'ok', value: (r: { id: string; n: number | null; ok: boolean }) => r.ok }
];

describe('toCsv', () => {
	it('writes a header and one CRLF-ended line per row', () => {
		expect(toCsv(columns, [{ id: 'a', n: 1.5, ok: true }])).toBe('id,n,ok\r\na,1.5,true\r\n');
	});

	it('quotes fields with commas, quotes or line breaks, doubling quotes', () => {
		const csv = toCsv(columns, [{ id: 'say "hi", then\nleave', n: null, ok: false }]);
		expect(csv).toBe('id,n,ok\r\n"say ""hi"", then\nleave",,false\r\n');
	});

	it('keeps a spreadsheet from running a text field as a formula, but not a number', () => {
		const csv = toCsv(columns, [
			{ id: '=HYPERLINK("x")', n: -2, ok: true },
			{ id: '-1 seat', n: 0, ok: true },
			{ id: '@SUM(A1)', n: 3, ok: true }
		]);
		expect(csv.split('\r\n').slice(1, 4)).toEqual([
			'"\'=HYPERLINK(""x"")",-2,true',
			"'-1 seat,0,true",
			"'@SUM(A1),3,true"
		]);
	});
});
