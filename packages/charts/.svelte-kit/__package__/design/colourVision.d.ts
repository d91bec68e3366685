/**
 * Colour checks for chart tokens: WCAG contrast, colour-vision-deficiency simulation and CIEDE2000
 * colour difference. Pure functions, no DOM; used by the token tests and the methodology page.
 */
export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export declare const visions: readonly Vision[];
/** Parses `#rrggbb` into sRGB channels in 0–1. Throws on anything else. */
export declare function hexToRgb(hex: string): Rgb;
/** WCAG 2 relative luminance of an sRGB colour. */
export declare function relativeLuminance(rgb: Rgb): number;
/** WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). */
export declare function contrastRatio(a: string, b: string): number;
/** How a colour appears to a reader with the given colour vision (sRGB in, sRGB out). */
export declare function simulateVision(rgb: Rgb, vision: Vision): Rgb;
/** sRGB (0–1) to CIELAB, D65 white. */
export declare function rgbToLab(rgb: Rgb): Lab;
/** CIEDE2000 colour difference between two CIELAB colours (Sharma, Wu & Dalal 2005). */
export declare function deltaE2000(lab1: Lab, lab2: Lab): number;
/** CIEDE2000 difference between two `#rrggbb` colours as seen with the given colour vision. */
export declare function perceivedDifference(a: string, b: string, vision: Vision): number;
/** CIELAB (D65) to sRGB (0–1), clipped to the sRGB gamut. */
export declare function labToRgb(lab: Lab): Rgb;
/** Formats sRGB channels in 0–1 as `#rrggbb`. */
export declare function rgbToHex(rgb: Rgb): string;
