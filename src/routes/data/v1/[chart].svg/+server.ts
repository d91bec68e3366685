import { error } from '@sveltejs/kit';
import { chartIds, type ChartId } from '$lib/data/chartIds';
import { chartSvg } from '$lib/export/chartSvg.server';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered at build time from the chart components themselves: /data/v1/seats.svg, /data/v1/timeline.svg, …
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => chartIds.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	const chart = params.chart as ChartId;
	if (!chartIds.includes(chart)) error(404, 'No such chart');
	return new Response(chartSvg(chart), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
