/**
 * A chart's SVG rasterised at build time with resvg, at twice its size for a crisp image on screens, slides and
 * print. Text is set in fonts shipped as npm packages (OFL: Inter, Source Serif 4), loaded explicitly and no
 * system font, so that the PNG is the same on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const fontFiles = [
	'@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
	'@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
	'@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
	'@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf'
].map((file) => require.resolve(file));

/** How many device pixels a CSS pixel of the SVG becomes. */
export const pngScale = 2;

/** The PNG of an SVG document, `pngScale` times its width. */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: pngScale },
		font: {
			fontFiles,
			loadSystemFonts: false,
			defaultFontFamily: 'Inter',
			sansSerifFamily: 'Inter',
			serifFamily: 'Source Serif 4'
		},
		shapeRendering: 2,
		textRendering: 1
	});
	return new Uint8Array(resvg.render().asPng());
}
