export type Theme = 'light' | 'dark';
/** Page backgrounds the tokens are checked against; the same values are set in `tokens.css`. */
export declare const themeBackground: Record<Theme, string>;
/** Minimum contrast of a mark's outline against the page (WCAG 1.4.11 non-text contrast). */
export declare const markContrast = 3;
/** Minimum contrast a dark-theme fill keeps against the page, so that dark official colours still read. */
export declare const darkFillContrast = 1.9;
export interface GroupColourTokens {
    fill: string;
    ink: string;
}
/** Moves the CIELAB lightness of `hex` towards white or black until it reaches `ratio` against `background`. */
export declare function withContrast(hex: string, background: string, ratio: number): string;
/** The fill and ink of one group colour in one theme. */
export declare function groupColourTokens(official: string, theme: Theme): GroupColourTokens;
/** CSS custom properties `--group-<id>-fill` and `--group-<id>-ink` for both themes. */
export declare function groupTokenCss(groups: readonly {
    id: string;
    colour: string;
}[]): string;
