/** Estimated text widths for chart labels, before any font is measured. Pure; shared by every layout. */
/**
 * A rough width for a label in a proportional sans-serif, in px: 0.56 em per lowercase letter, 0.72 per
 * capital, 0.3 per space, 0.6 for anything else (digits, punctuation). Within about 10% for Inter; measure
 * when it matters. Semi-bold text (Inter 600) runs about 4% wider.
 */
export declare function estimatedTextWidth(text: string, fontSize: number, weight?: 'regular' | 'semibold'): number;
