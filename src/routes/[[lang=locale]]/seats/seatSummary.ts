/** The text alternative of the seat chart, generated from the data: seats, the largest group, and the blocs. */
import type { HemicycleGroup } from '$lib/charts/hemicycle/types';
import type { Translate } from '$lib/i18n/translate';
import { majorityOf } from '$lib/vote/voteOutcome';

const blocKeys = {
	nfp: 'bloc.nfp',
	ensemble: 'bloc.ensemble',
	rn: 'bloc.rn',
	other: 'bloc.other'
} as const;

export function seatSummary(
	t: Translate,
	groups: readonly HemicycleGroup[],
	blocs: readonly { id: string; bloc: keyof typeof blocKeys }[],
	vacant: number,
	totalSeats: number
): string {
	const filled = groups.reduce((sum, g) => sum + g.seats, 0);
	const largest = groups.reduce((a, b) => (b.seats > a.seats ? b : a));
	const blocOf = new Map(blocs.map((b) => [b.id, b.bloc]));
	const byBloc = (Object.keys(blocKeys) as (keyof typeof blocKeys)[]).map((bloc) => ({
		bloc,
		seats: groups.filter((g) => blocOf.get(g.id) === bloc).reduce((sum, g) => sum + g.seats, 0)
	}));
	return t('seats.summary', {
		filled,
		groups: groups.filter((g) => g.seats > 0).length,
		vacant,
		largest: `${largest.name} (${largest.label})`,
		largestSeats: largest.seats,
		majority: majorityOf(totalSeats),
		blocs: byBloc.map((b) => t('seats.blocSeats', { bloc: t(blocKeys[b.bloc]), seats: b.seats })).join(', ')
	});
}
