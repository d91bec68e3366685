/**
 * Derives the chart colour tokens of a parliamentary group from its official colour, per theme.
 * `fill` keeps the official hue for seats and areas; `ink` is the same hue, darkened (light theme) or
 * lightened (dark theme) just enough to reach 3:1 against the page, for outlines, swatch borders and
 * lines, so that every mark meets WCAG 1.4.11 even where the official colour is pale.
 */
import { contrastRatio, hexToRgb, labToRgb, rgbToHex, rgbToLab } from './colourVision.js';
/** Page backgrounds the tokens are checked against; the same values are set in `tokens.css`. */
export const themeBackground = { light: '#fcfbf8', dark: '#15171a' };
/** Minimum contrast of a mark's outline against the page (WCAG 1.4.11 non-text contrast). */
export const markContrast = 3;
/** Minimum contrast a dark-theme fill keeps against the page, so that dark official colours still read. */
export const darkFillContrast = 1.9;
/** Moves the CIELAB lightness of `hex` towards white or black until it reaches `ratio` against `background`. */
export function withContrast(hex, background, ratio) {
    if (contrastRatio(hex, background) >= ratio)
        return hex.toLowerCase();
    const [L, a, b] = rgbToLab(hexToRgb(hex));
    const lighten = rgbToLab(hexToRgb(background))[0] < 50;
    let lo = L;
    let hi = lighten ? 100 : 0;
    // Bisection on lightness: `hi` always meets the ratio, `lo` never does.
    for (let i = 0; i < 30; i++) {
        const mid = (lo + hi) / 2;
        if (contrastRatio(rgbToHex(labToRgb([mid, a, b])), background) >= ratio)
            hi = mid;
        else
            lo = mid;
    }
    return rgbToHex(labToRgb([hi, a, b]));
}
/** The fill and ink of one group colour in one theme. */
export function groupColourTokens(official, theme) {
    const background = themeBackground[theme];
    const fill = theme === 'light' ? official.toLowerCase() : withContrast(official, background, darkFillContrast);
    return { fill, ink: withContrast(official, background, markContrast) };
}
/** CSS custom properties `--group-<id>-fill` and `--group-<id>-ink` for both themes. */
export function groupTokenCss(groups) {
    const declarations = (theme) => groups
        .map((group) => {
        const { fill, ink } = groupColourTokens(group.colour, theme);
        return `--group-${group.id}-fill:${fill};--group-${group.id}-ink:${ink};`;
    })
        .join('');
    // The dark values follow the reader's setting unless the page forces a theme (<html data-theme>).
    const dark = declarations('dark');
    return `:root{${declarations('light')}}@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${dark}}}:root[data-theme='dark']{${dark}}`;
}
