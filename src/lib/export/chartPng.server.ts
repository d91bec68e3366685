/**
 * A chart's SVG rasterised at build time with resvg, at twice its size for a crisp image on screens, slides and
 * print. Text is set in fonts shipped as npm packages (OFL: Inter, Source Serif 4), loaded explicitly and no
 * system font, so that the PNG is the same on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { pngScale } from './imageSize';

const require = createRequire(import.meta.url);
const fontFiles = [
	'@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
	'@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
	'@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
	'@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf'
].map((file) => require.resolve(file));

/** resvg's options: twice the size, the shipped fonts only. */
export const pngOptions: ResvgRenderOptions = {
	fitTo: { mode: 'zoom', value: pngScale },
	font: {
		fontFiles,
		loadSystemFonts: false,
		defaultFontFamily: 'Inter',
		sansSerifFamily: 'Inter',
		serifFamily: 'Source Serif 4'
	}
};

/** The PNG of an SVG document, `scale` times its width (default `pngScale`). */
export function svgToPng(svg: string, scale = pngScale): Uint8Array<ArrayBuffer> {
	return new Uint8Array(
		new Resvg(svg, { ...pngOptions, fitTo: { mode: 'zoom', value: scale } }).render().asPng()
	);
}
