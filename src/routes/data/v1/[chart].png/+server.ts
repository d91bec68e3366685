import { error } from '@sveltejs/kit';
import { chartIds, type ChartId } from '$lib/data/chartIds';
import { svgToPng } from '$lib/export/chartPng.server';
import { chartSvg } from '$lib/export/chartSvg.server';
import type { EntryGenerator, RequestHandler } from './$types';

// Rasterised at build time from the prerendered SVG (resvg, no browser): /data/v1/seats.png, …
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => chartIds.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	const chart = params.chart as ChartId;
	if (!chartIds.includes(chart)) error(404, 'No such chart');
	const start = performance.now();
	const png = svgToPng(chartSvg(chart));
	console.log(
		`  ${chart}.png: ${Math.round(png.length / 1024)} KiB, rasterised in ${Math.round(performance.now() - start)} ms`
	);
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
