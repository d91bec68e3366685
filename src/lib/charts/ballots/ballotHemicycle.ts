/**
 * A recorded ballot drawn on the hemicycle: each group at its size that day, its deputies by how they voted
 * (present but not voting counts with the absent: neither took part), and the seats vacant that day.
 */
import type { GroupVoteCounts, HemicycleGroup } from '$lib/charts/hemicycle/types';
import type { BallotView } from './types';

export interface BallotHemicycle {
	groups: HemicycleGroup[];
	votes: Record<string, GroupVoteCounts>;
	vacant: number;
}

/** `groups` gives the chart's groups in order (their sizes are replaced by the ballot's). */
export function ballotHemicycle(
	ballot: BallotView,
	groups: readonly HemicycleGroup[],
	totalSeats: number
): BallotHemicycle {
	const byGroup = new Map(ballot.groups.map((g) => [g.group, g]));
	return {
		groups: groups.map((g) => ({ ...g, seats: byGroup.get(g.id)?.members ?? 0 })),
		votes: Object.fromEntries(
			groups.map((g) => {
				const v = byGroup.get(g.id);
				return [
					g.id,
					{
						for: v?.for ?? 0,
						against: v?.against ?? 0,
						abstain: v?.abstain ?? 0,
						absent: (v?.absent ?? 0) + (v?.nonVoting ?? 0)
					}
				];
			})
		),
		vacant: totalSeats - ballot.seated
	};
}
