import { describe, expect, it } from 'vitest';
import messages from '$content/en/messages.json';
import { translator, type Messages } from '$lib/i18n/translate';
import { ballotSummary } from './ballotSummary';
import type { BallotView } from './types';

const t = translator(messages as Messages);
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
		expect(ballotSummary(t, ballots, 2, 'en').title).toBe(
			'On 1 of the 3 Article 34-1 resolutions put to a vote, fewer than half the deputies voted'
		);
	});

	it('sums up the range, the results and the precedent', () => {
		const { summary } = ballotSummary(t, ballots, 2, 'en');
		expect(summary).toContain(
			'3 ballots on resolutions under Article 34-1 between 29 January 2025 and 8 October 2026: 2 adopted, 1 rejected.'
		);
		expect(summary).toContain('Between 105 and 374 deputies voted; on every one the rule was a majority of the votes cast.');
		expect(summary).toContain('ballot n° 2 (Text 2), was adopted 185 to 184 with 374 of 577 deputies voting.');
	});
});
