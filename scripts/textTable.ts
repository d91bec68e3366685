/** Plain-text tables for the command-line reports (budget, Lighthouse). */

/**
 * A plain-text table: columns padded to their widest cell, with a rule under the header. Columns are
 * right-aligned (numbers line up by their last digit) unless `leftAligned` lists them.
 */
export function formatTable(
	header: readonly string[],
	rows: readonly (readonly string[])[],
	leftAligned: readonly number[] = [0]
): string {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))
	);
	const line = (cells: readonly string[]) =>
		widths
			.map((width, column) => {
				const cell = cells[column] ?? '';
				return leftAligned.includes(column) ? cell.padEnd(width) : cell.padStart(width);
			})
			.join('  ')
			.trimEnd();
	const rule = widths.map((width) => '─'.repeat(width)).join('  ');
	return [line(header), rule, ...rows.map(line)].join('\n');
}
