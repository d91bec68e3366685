/** The size of the downloadable chart images: the SVG's width in px, and the PNG's scale (2048 px wide). */
export const imageWidth = 1024;
export const pngScale = 2;
