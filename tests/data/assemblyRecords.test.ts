/**
 * The Assembly's ballot records as the site ships them (content/data/assembly-ballots.json and
 * assembly-compositions.json, written by `npm run data:assembly`). The validator enforces the same
 * arithmetic; these tests state it where a reader looks for it, ballot by ballot.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../../src/lib/data/content.server';

const { assembly, assemblyBallots, assemblyCompositions } = content;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('every recorded ballot adds up', () => {
	it.each(assemblyBallots.ballots.map((b) => [b.number, b] as const))('n° %i', (_, ballot) => {
		const { groups, totals } = ballot;
		for (const g of groups)
			expect(g.for + g.against + g.abstain + g.nonVoting + g.absent, g.group).toBe(g.members);
		expect(sum(groups.map((g) => g.members))).toBe(ballot.seated);
		expect(ballot.seated).toBeLessThanOrEqual(assembly.totalSeats);
		for (const key of ['for', 'against', 'abstain', 'nonVoting'] as const)
			expect(sum(groups.map((g) => g[key])), key).toBe(totals[key]);
		expect(totals.cast).toBe(totals.for + totals.against);
		expect(totals.voting).toBe(totals.cast + totals.abstain);
		expect(ballot.majority).toBe('Majorité absolue des suffrages exprimés');
		expect(totals.needed).toBe(Math.floor(totals.cast / 2) + 1);
		expect(ballot.result).toBe(totals.for >= totals.needed ? 'adopted' : 'rejected');
		expect(ballot.sourceUrl).toBe(`https://www.assemblee-nationale.fr/dyn/17/scrutins/${ballot.number}`);
	});
});

describe('every recorded composition adds up', () => {
	it.each(assemblyCompositions.compositions.map((c) => [c.date, c] as const))('%s', (_, composition) => {
		expect(Object.keys(composition.seats).toSorted()).toEqual(assembly.groups.map((g) => g.id).toSorted());
		expect(sum(Object.values(composition.seats))).toBe(composition.seated);
		expect(composition.seated + composition.vacant).toBe(assembly.totalSeats);
	});
});

describe('the ballot records', () => {
	it('hold every resolution under Article 34-1 of the research, and the closest precedent among them', () => {
		const resolutions = assemblyBallots.ballots.filter((b) => b.kind === 'resolution-34-1');
		expect(resolutions.map((b) => b.number)).toEqual([
			683, 947, 1192, 1196, 1204, 2257, 2274, 3260, 4244, 5107, 5297, 7349, 8609, 8610, 8611, 8612
		]);
		const precedent = resolutions.find((b) => b.number === assembly.closestPrecedent);
		expect(precedent).toMatchObject({ result: 'adopted', totals: { for: 185, against: 184, needed: 185 } });
	});

	it('hold every foreign-affairs and defence vote the editors selected, and no other', () => {
		const selected = assemblyBallots.ballots.filter((b) => b.kind === 'foreign-defence').map((b) => b.number);
		expect(selected).toEqual(assembly.ballotSelection['foreign-defence']);
	});

	it('end with the composition that held on the newest ballot read', () => {
		const latest = assemblyCompositions.compositions.at(-1)!;
		expect(latest.date <= assemblyCompositions.asOf).toBe(true);
		expect(assemblyBallots.asOf).toBe(assemblyCompositions.asOf);
		expect(assemblyBallots.newestBallot).toBe(assemblyCompositions.newestBallot);
	});
});
