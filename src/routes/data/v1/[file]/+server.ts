import { error } from '@sveltejs/kit';
import { chartCsv, chartJson } from '$lib/data/chartData.server';
import { chartIds, type ChartId } from '$lib/data/chartIds';
import { content, messagesFor } from '$lib/data/content.server';
import { defaultLocale } from '$lib/i18n/locales';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered files at a stable, versioned address: /data/v1/seats.csv, /data/v1/seats.json, …
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	chartIds.flatMap((id) => [{ file: `${id}.csv` }, { file: `${id}.json` }]);

export const GET: RequestHandler = ({ params }) => {
	const match = /^([a-z]+)\.(csv|json)$/.exec(params.file);
	const id = match?.[1] as ChartId | undefined;
	if (!match || !id || !chartIds.includes(id)) error(404, 'No such data file');
	if (match[2] === 'csv')
		return new Response(chartCsv(content, id), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
	const credit = messagesFor(defaultLocale, ['download'])['download.creditLine']!;
	return new Response(`${JSON.stringify(chartJson(content, id, credit), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
