import { error } from '@sveltejs/kit';
import { comparedCompositions, compositionPoints } from '$lib/data/assemblyRecords';
import { chartIds, type ChartId } from '$lib/data/chartIds';
import { content, messagesFor } from '$lib/data/content.server';
import { formatDate } from '$lib/i18n/format';
import { chartDataAsOf } from '$lib/data/siteDates';
import { latestUpdate } from '$lib/data/updateLog';
import { base } from '$app/paths';
import { ballotChart, chartText } from '$lib/embed/chartText.server';
import { defaultLocale } from '$lib/i18n/locales';
import { translator, type Messages } from '$lib/i18n/translate';
import { storyGraphicsData } from '$lib/story/graphics/storyGraphics.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Each chart as an embed at a stable, versioned address: /embed/v1/seats/, /embed/v1/timeline/, … */
export const entries: EntryGenerator = () => chartIds.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params, url }) => {
	const chart = params.chart as ChartId;
	if (!chartIds.includes(chart)) error(404, 'No such chart');
	const { ches } = content;
	const compositions = compositionPoints(content);
	const ballots = ballotChart(content);
	const sourceIds: string[] = {
		seats: compositions.flatMap((c) => c.sources),
		timeline: [],
		positions: ches.waves.flatMap((w) => w.sources),
		arguments: [],
		ballots: ballots.sources
	}[chart];
	const sources = content.sources.sources.filter((s) => sourceIds.includes(s.id));
	const pageMessages = messagesFor(defaultLocale, [
		'embed',
		'download',
		'hemicycle',
		'timeline',
		'positionMap',
		'positionTable',
		'positions',
		'argumentColumns',
		...(chart === 'ballots' ? ['ballots', 'simulator', 'table'] : [])
	]);
	const t = translator(messagesFor(defaultLocale, ['updates']) as Messages);
	const updated = latestUpdate(content.updates.entries, { chart });
	return {
		chart,
		/** The date of the data the chart shows. */
		asOf: chartDataAsOf(content, chart),
		/** "Updated <date>", linked to the newest entry of the log of changes affecting the chart; or null. */
		updated: updated
			? {
					id: updated.id,
					label: t('updates.updated'),
					// Absolute, for a page on another site; `base` may be relative while prerendering.
					href: `${new URL(`${base}/updates/`, url).href}#${updated.id}`,
					date: updated.date,
					dateText: formatDate(updated.date, defaultLocale)
				}
			: null,
		graphics: storyGraphicsData(content),
		compositions: comparedCompositions(compositions),
		sources: sources.map((s) => ({ title: s.publisher, href: s.url })),
		groupIds: content.assembly.groups.map((g) => g.id),
		text: chartText(content, chart, translator(pageMessages as Messages), defaultLocale),
		ballots: chart === 'ballots' ? ballots : null,
		pageMessages
	};
};
