/**
 * A conservative text width for labels that must never overflow their box (the timeline's whole-title
 * annotations). Its own module so that only the charts that use it carry its table. Pure.
 */

// Advance widths in em, each the wider of Inter and DejaVu Sans (the sans a Linux browser falls back to while
// Inter loads or when it never does), measured in Chromium at 100 px; 'semibold' is Inter 600 or DejaVu Bold.
const table: Record<string, number> = {
	...Object.fromEntries([..."ijlI.,;:’'|"].map((char) => [char, 0.34])),
	...Object.fromEntries([...'ft()[]/!'].map((char) => [char, 0.41])),
	r: 0.42,
	' ': 0.32,
	'-': 0.47,
	'–': 0.5,
	'—': 1,
	'“': 0.52,
	'”': 0.52,
	m: 0.98,
	w: 0.82,
	M: 0.91,
	W: 0.99,
	'%': 0.99,
	'@': 1.0
};

function charEms(char: string): number {
	const known = table[char];
	if (known !== undefined) return known;
	if (char >= '0' && char <= '9') return 0.65;
	if (char !== char.toUpperCase()) return 0.64;
	if (char !== char.toLowerCase()) return 0.79;
	return 0.62;
}

/**
 * A width that real text is not expected to exceed, in px: per character, the wider of Inter and DejaVu Sans,
 * so that a box sized by it holds the text in the web font or in a common fallback. Over every title of the
 * project's timeline, Inter measured 84–91% of it and DejaVu Sans 90–97% (regular), 77–81% and 91–95%
 * (semi-bold). Semi-bold is taken as 14% wider.
 */
export function safeTextWidth(
	text: string,
	fontSize: number,
	weight: 'regular' | 'semibold' = 'regular'
): number {
	let ems = 0;
	for (const char of text) ems += charEms(char);
	return ems * fontSize * (weight === 'semibold' ? 1.14 : 1);
}
