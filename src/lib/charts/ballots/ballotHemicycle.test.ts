import { describe, expect, it } from 'vitest';
import type { HemicycleGroup } from '$lib/charts/hemicycle/types';
import { ballotHemicycle } from './ballotHemicycle';
import type { BallotView } from './types';

const group = (id: string, seats: number): HemicycleGroup => ({
	id,
	label: id,
	name: id,
	seats,
	fill: '',
	ink: ''
});

const ballot: BallotView = {
	number: 1,
	date: '2026-10-08',
	label: 'x',
	lang: 'en',
	title: 'x',
	result: 'rejected',
	majority: 'Majorité absolue des suffrages exprimés',
	seated: 9,
	voting: 6,
	cast: 5,
	needed: 3,
	for: 2,
	against: 3,
	abstain: 1,
	requestedBy: 'x',
	href: 'https://example.org',
	groups: [
		{ group: 'A', members: 5, for: 2, against: 0, abstain: 1, nonVoting: 1, absent: 1 },
		{ group: 'B', members: 4, for: 0, against: 3, abstain: 0, nonVoting: 0, absent: 1 }
	]
};

describe('ballotHemicycle', () => {
	it('sizes each group as on the ballot and counts non-voters with the absent', () => {
		const drawn = ballotHemicycle(ballot, [group('A', 50), group('B', 40), group('C', 1)], 10);
		expect(drawn.groups.map((g) => [g.id, g.seats])).toEqual([
			['A', 5],
			['B', 4],
			['C', 0]
		]);
		expect(drawn.votes.A).toEqual({ for: 2, against: 0, abstain: 1, absent: 2 });
		expect(drawn.votes.C).toEqual({ for: 0, against: 0, abstain: 0, absent: 0 });
		expect(drawn.vacant).toBe(1);
	});

	it('gives every group vote counts that add up to its seats', () => {
		const drawn = ballotHemicycle(ballot, [group('A', 0), group('B', 0)], 10);
		for (const g of drawn.groups) {
			const v = drawn.votes[g.id]!;
			expect(v.for + v.against + v.abstain + v.absent).toBe(g.seats);
		}
	});
});
