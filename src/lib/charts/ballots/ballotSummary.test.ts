import { describe, expect, it } from 'vitest';
import type { Translate } from '$lib/i18n/translate';
import { ballotSummary } from './ballotSummary';
import type { BallotView } from './types';

/** Says which string was asked for, with what: the counts are what is tested here, not the wording. */
const t: Translate = (key, params = {}) => `${key}${JSON.stringify(params)}`;
const ballot = (number: number, date: string, voting: number, f: number, a: number): BallotView => ({
	number,
	date,
	label: `Text ${number}`,
	lang: 'en',
	title: 'x',
	result: f > a ? 'adopted' : 'rejected',
	majority: 'Majorité absolue des suffrages exprimés',
	seated: 577,
	voting,
	cast: f + a,
	needed: Math.floor((f + a) / 2) + 1,
	for: f,
	against: a,
	abstain: voting - f - a,
	requestedBy: 'x',
	href: 'https://example.org',
	groups: []
});

describe('ballotSummary', () => {
	const ballots = [
		ballot(1, '2025-01-29', 105, 105, 0),
		ballot(2, '2025-10-30', 374, 185, 184),
		ballot(3, '2026-10-08', 294, 133, 158)
	];

	it('titles the chart with how many ballots drew fewer than half the seated deputies', () => {
		expect(ballotSummary(t, ballots, 2, 'en').title).toBe('ballots.chartTitle{"low":1,"count":3}');
	});

	it('sums up the range, the results, the rule and the precedent', () => {
		const { summary } = ballotSummary(t, ballots, 2, 'en');
		expect(summary).toContain(
			'"count":3,"first":"29 January 2025","last":"8 October 2026","adopted":2,"rejected":1'
		);
		expect(summary).toContain('"minVoting":105,"maxVoting":374,"rule":"ballots.allCast{}"');
		expect(summary).toContain(
			'"precedent":2,"precedentLabel":"Text 2","result":"ballots.wasAdopted{}","for":185'
		);
	});

	it('states the rule only when every ballot required a majority of the votes cast', () => {
		const other = { ...ballots[0]!, majority: 'Majorité absolue des membres composant l’Assemblée' };
		expect(ballotSummary(t, [other, ...ballots.slice(1)], 2, 'en').summary).toContain('"rule":""');
	});
});
