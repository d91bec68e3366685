import { error } from '@sveltejs/kit';
import { pageIds, type PageId } from '$lib/data/pageIds';
import { shareCardPng } from '$lib/export/shareCard.server';
import type { EntryGenerator, RequestHandler } from './$types';

// Each page's link-preview image, rasterised at build time: /share/v1/seats.png, … (1200 × 630 px).
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => pageIds.map((page) => ({ page }));

export const GET: RequestHandler = async ({ params }) => {
	const page = params.page as PageId;
	if (!pageIds.includes(page)) error(404, 'No such page');
	return new Response(await shareCardPng(page), { headers: { 'content-type': 'image/png' } });
};
