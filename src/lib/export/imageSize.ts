/** The size of the downloadable chart images: the SVG's width in px, and the PNG's scale (2048 px wide). */
export const imageWidth = 1024;
export const pngScale = 2;

/** The link-preview images' size, in px: what og:image:width and og:image:height announce (Open Graph's 1.91:1). */
export const shareCardSize = { width: 1200, height: 630 } as const;
