/**
 * Each page's link-preview image, made at build time: the page's headline and its chart (the site's seat chart
 * for pages without one of their own), rasterised like the chart images. Served by
 * src/routes/share/v1/[page].png.
 */
import type { ChartId } from '$lib/data/chartIds';
import { content, messagesFor } from '$lib/data/content.server';
import { formatDate } from '$lib/i18n/format';
import type { PageId } from '$lib/data/pageIds';
import { chartDataAsOf } from '$lib/data/siteDates';
import { chartText } from '$lib/embed/chartText.server';
import { defaultLocale } from '$lib/i18n/locales';
import { translator, type Messages } from '$lib/i18n/translate';
import { sitePages } from '$lib/site/pages';
import { loadCopy } from '$lib/story/copy';
import { svgToPng } from './chartPng.server';
import { chartDrawing } from './chartSvg.server';
import { shareCard } from './shareCard';

/** The chart each page's card draws. */
const pageCharts: Record<PageId, ChartId> = {
	story: 'seats',
	timeline: 'timeline',
	seats: 'seats',
	positions: 'positions',
	debate: 'arguments',
	methodology: 'seats',
	sources: 'seats',
	updates: 'seats'
};

/** The page's card as an SVG document. */
export async function shareCardSvg(pageId: PageId): Promise<string> {
	const t = translator(
		messagesFor(defaultLocale, [
			'site',
			'nav',
			'dates',
			'updates',
			'embed',
			'hemicycle',
			'timeline',
			'positionMap',
			'positions',
			'debate',
			'ballots'
		]) as Messages
	);
	const page = sitePages.find((p) => p.id === pageId)!;
	const copy = page.copy ? (await loadCopy(defaultLocale, page.copy)).metadata : undefined;
	const chart = pageCharts[pageId];
	const { body, width, vars } = chartDrawing(chart);
	const text = chartText(content, chart, t, defaultLocale);
	return shareCard(
		{ ...body, width },
		{
			kicker: copy?.kicker ?? t('site.name'),
			title: copy?.title ?? t(page.label),
			site: t('site.name'),
			asOf: `${t('dates.dataAsOf')} ${formatDate(chartDataAsOf(content, chart), defaultLocale)}`,
			description: text.title
		},
		vars
	);
}

export async function shareCardPng(pageId: PageId): Promise<Uint8Array<ArrayBuffer>> {
	return svgToPng(await shareCardSvg(pageId), 1);
}
