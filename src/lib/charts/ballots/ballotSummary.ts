/** The title and text alternative of the recorded-ballot chart, generated from the ballots. */
import { formatDate } from '$lib/i18n/format';
import type { Translate } from '$lib/i18n/translate';
import type { BallotView } from './types';

export interface BallotSummary {
	/** The finding, as a sentence: on how many ballots fewer than half the seated deputies voted. */
	title: string;
	summary: string;
}

export function ballotSummary(
	t: Translate,
	ballots: readonly BallotView[],
	precedent: number,
	locale: string
): BallotSummary {
	const low = ballots.filter((b) => b.voting * 2 < b.seated).length;
	const adopted = ballots.filter((b) => b.result === 'adopted').length;
	const voting = ballots.map((b) => b.voting);
	const closest = ballots.find((b) => b.number === precedent);
	// The Assembly words the rule of a majority of the votes cast "… des suffrages exprimés".
	const allCast = ballots.every((b) => /suffrages exprimés/i.test(b.majority));
	return {
		title: t('ballots.chartTitle', { low, count: ballots.length }),
		summary: t('ballots.summary', {
			count: ballots.length,
			first: formatDate(ballots[0]?.date ?? '', locale),
			last: formatDate(ballots.at(-1)?.date ?? '', locale),
			adopted,
			rejected: ballots.length - adopted,
			minVoting: Math.min(...voting),
			maxVoting: Math.max(...voting),
			rule: allCast ? t('ballots.allCast') : '',
			precedent,
			precedentLabel: closest?.label ?? '',
			result: t(closest?.result === 'rejected' ? 'ballots.wasRejected' : 'ballots.wasAdopted'),
			for: closest?.for ?? 0,
			against: closest?.against ?? 0,
			voting: closest?.voting ?? 0,
			seated: closest?.seated ?? 0
		})
	};
}
