/**
 * What a chart says about itself wherever it is reused (its embed, its oEmbed response, its image and its custom
 * element): a title, a description for search engines and link previews, a line on how to read it and its
 * summary. Most charts' are UI strings; the recorded-ballot chart's title and summary are generated from the
 * ballots, as on its page, so that they stay true when the records are read again.
 */
import { ballotSummary } from '$lib/charts/ballots/ballotSummary';
import type { BallotView } from '$lib/charts/ballots/types';
import { ballotViews } from '$lib/data/assemblyRecords';
import type { ChartId } from '$lib/data/chartIds';
import { positionChart } from '$lib/data/positionChart.server';
import type { Content } from '$lib/data/validate';
import type { MessageKey, Translate } from '$lib/i18n/translate';

export interface ChartText {
	title: string;
	/** For `<meta name="description">` and the image's `<desc>`. */
	description: string;
	/** One line on how to read the chart, for the image. */
	howToRead: string;
	/** The text alternative the embed shows under the chart. */
	summary: string;
}

/** The recorded-ballot chart: the Article 34-1 ballots, oldest first, and the precedent it picks out. */
export interface BallotChart {
	ballots: BallotView[];
	precedent: number;
	/** The date of the newest ballot in the records read (YYYY-MM-DD). */
	asOf: string;
	/** Source ids (sources.json). */
	sources: string[];
}

export function ballotChart(content: Content): BallotChart {
	return {
		ballots: ballotViews(content, 'resolution-34-1'),
		precedent: content.assembly.closestPrecedent,
		asOf: content.assemblyBallots.asOf,
		sources: [content.assemblyBallots.source]
	};
}

export function chartText(content: Content, chart: ChartId, t: Translate, locale: string): ChartText {
	const key = (name: string) => `embed.${chart}.${name}` as MessageKey;
	if (chart !== 'ballots') {
		// The positions embed draws the survey's first scale (its options pick no other).
		const summary = t(key('summary'), { axis: positionChart(content).axes[0]!.label });
		return { title: t(key('title')), description: t(key('description')), howToRead: summary, summary };
	}
	const { ballots, precedent } = ballotChart(content);
	const { title, summary } = ballotSummary(t, ballots, precedent, locale);
	return {
		title,
		description: t('embed.ballots.description'),
		howToRead: t('embed.ballots.howToRead', { total: content.assembly.totalSeats }),
		summary
	};
}
