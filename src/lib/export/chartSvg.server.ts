/**
 * Each chart as a standalone SVG, made at build time: the chart component the site uses, server-rendered with
 * the embed's data, its styles resolved to attributes with the light theme's colours, framed with its title,
 * sources, "as of" date and credit. Served by src/routes/data/v1/[chart].svg.
 */
import { compositionPoints } from '$lib/data/assemblyRecords';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import argumentMapSource from '$lib/charts/arguments/ArgumentMap.svelte?raw';
import ballotRowsSource from '$lib/charts/ballots/BallotRows.svelte?raw';
import hemicycleSource from '$lib/charts/hemicycle/Hemicycle.svelte?raw';
import positionMapSource from '$lib/charts/positions/PositionMap.svelte?raw';
import timelineSource from '$lib/charts/timeline/TimelineChart.svelte?raw';
import timelineSvgSource from '$lib/charts/timeline/TimelineSvg.svelte?raw';
import timelineMarkSource from '$lib/charts/timeline/TimelineMark.svelte?raw';
import { groupColourTokens } from '$lib/design/groupTokens';
import type { ChartId } from '$lib/data/chartIds';
import { content, messagesFor } from '$lib/data/content.server';
import { formatDate } from '$lib/i18n/format';
import { chartDataAsOf } from '$lib/data/siteDates';
import { chartJson } from '$lib/data/chartData.server';
import { ballotChart, chartText } from '$lib/embed/chartText.server';
import { defaultLocale } from '$lib/i18n/locales';
import { translator, type Messages } from '$lib/i18n/translate';
import { storyGraphicsData } from '$lib/story/graphics/storyGraphics.server';
import { argumentsBody } from './argumentsBody';
import { ballotsBody } from './ballotsBody';
import type { ChartBody, ExportContext } from './chartBody';
import ChartExport from './ChartExport.svelte';
import { chartImage } from './chartImage';
import { componentCss, parseCss } from './cssRules';
import { parseMarkup } from './markupTree';
import { positionsBody } from './positionsBody';
import { seatsBody } from './seatsBody';
import { timelineBody } from './timelineBody';
import { imageWidth } from './imageSize';
import { lightTokens } from './tokens';

const margin = 32;

const charts: Record<ChartId, { source: string; body: (ctx: ExportContext) => ChartBody }> = {
	seats: { source: hemicycleSource, body: seatsBody },
	// The chart's frame, its drawing (TimelineSvg) and its marks (TimelineMark), whose styles colour them.
	timeline: { source: `${timelineSource}\n${timelineSvgSource}\n${timelineMarkSource}`, body: timelineBody },
	positions: { source: positionMapSource, body: positionsBody },
	arguments: { source: argumentMapSource, body: argumentsBody },
	ballots: { source: ballotRowsSource, body: ballotsBody }
};

/** The light theme's custom properties: design tokens and every group's colours. */
function themeVars(): Map<string, string> {
	// Read from the file (build and tests run at the project's root): Vitest empties CSS imports, even ?raw.
	const vars = lightTokens(readFileSync('src/lib/design/tokens.css', 'utf8'));
	for (const group of content.assembly.groups) {
		const { fill, ink } = groupColourTokens(group.colour, 'light');
		vars.set(`--group-${group.id}-fill`, fill);
		vars.set(`--group-${group.id}-ink`, ink);
	}
	return vars;
}

/** The sources line: the embed's sources where it lists them, otherwise how many the data file cites. */
function sourcesLine(chart: ChartId, t: ReturnType<typeof translator>): string {
	const { ches } = content;
	const ids: string[] = {
		seats: compositionPoints(content).flatMap((c) => c.sources),
		positions: ches.waves.flatMap((w) => w.sources),
		timeline: [],
		arguments: [],
		ballots: ballotChart(content).sources
	}[chart];
	const publishers = [
		...new Set(content.sources.sources.filter((s) => ids.includes(s.id)).map((s) => s.publisher))
	];
	if (publishers.length) return `${t('embed.sources')}: ${publishers.join('; ')}.`;
	const cited = (chartJson(content, chart, '') as { sources: unknown[] }).sources.length;
	return `${t('embed.sources')}: ${t('download.imageSourcesListed', { count: cited, path: `/data/v1/${chart}.json` })}`;
}

const made = new Map<ChartId, string>();

/** One chart as a standalone SVG document (made once per build: the PNG is drawn from the same). */
export function chartSvg(chart: ChartId): string {
	const svg = made.get(chart) ?? standaloneSvg(chart);
	made.set(chart, svg);
	return svg;
}

/** The strings the exported charts use. */
function exportTranslator() {
	return translator(
		messagesFor(defaultLocale, [
			'embed',
			'download',
			'hemicycle',
			'timeline',
			'positionMap',
			'positions',
			'debate',
			'ballots',
			'simulator'
		]) as Messages
	);
}

/** The chart's drawing alone, at the image's inner width, with the light theme's colours. */
export function chartDrawing(chart: ChartId): { body: ChartBody; width: number; vars: Map<string, string> } {
	const t = exportTranslator();
	const width = imageWidth - 2 * margin;
	const { body: markup } = render(ChartExport, {
		props: {
			chart,
			graphics: storyGraphicsData(content),
			width,
			positionsHeight: 560,
			precedent: content.assembly.closestPrecedent,
			t,
			locale: defaultLocale
		}
	});
	const vars = themeVars();
	const ctx: ExportContext = {
		nodes: parseMarkup(markup),
		rules: parseCss(componentCss(charts[chart].source)),
		vars,
		width,
		idPrefix: chart
	};
	return { body: charts[chart].body(ctx), width, vars };
}

function standaloneSvg(chart: ChartId): string {
	const t = exportTranslator();
	const { body, vars } = chartDrawing(chart);
	const asOf = chartDataAsOf(content, chart);
	const text = chartText(content, chart, t, defaultLocale);
	return chartImage(
		body,
		{
			title: text.title,
			howToRead: text.howToRead,
			description: `${text.description} ${text.summary}`,
			sources: sourcesLine(chart, t),
			asOf: t('embed.dataAsOf', { date: formatDate(asOf, defaultLocale) }),
			credit: t('download.creditLine')
		},
		{ width: imageWidth, margin, vars, idPrefix: chart }
	);
}
