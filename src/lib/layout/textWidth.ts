/** Estimated text widths for chart labels, before any font is measured. Pure; shared by every layout. */
/**
 * A rough width for a label in a proportional sans-serif, in px: 0.56 em per lowercase letter, 0.72 per
 * capital, 0.3 per space, 0.6 for anything else (digits, punctuation). Within about 10% for Inter; measure
 * when it matters. Semi-bold text (Inter 600) runs about 4% wider.
 */
export function estimatedTextWidth(
	text: string,
	fontSize: number,
	weight: 'regular' | 'semibold' = 'regular'
): number {
	let ems = 0;
	for (const char of text) {
		if (char === ' ') ems += 0.3;
		else if (char !== char.toUpperCase()) ems += 0.56;
		else if (char !== char.toLowerCase()) ems += 0.72;
		else ems += 0.6;
	}
	return ems * fontSize * (weight === 'semibold' ? 1.04 : 1);
}
