/**
 * CSV as spreadsheets read it (RFC 4180): a header row, comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, quote or line break. A text field that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`, so that opening the file is safe.
 */
export type CsvValue = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

function field(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = formulaStart.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(
	columns: readonly { name: string; value: (row: Row) => CsvValue }[],
	rows: readonly Row[]
): string {
	const lines = [
		columns.map((c) => field(c.name)).join(','),
		...rows.map((row) => columns.map((c) => field(c.value(row))).join(','))
	];
	return `${lines.join('\r\n')}\r\n`;
}
