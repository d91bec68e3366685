/**
 * The /seats/ page's groups as the seat chart draws them on a date, and the scenario it opens on: shared by the
 * page's answer (prerendered) and its simulator island (hydrated), so that both start from the same figures.
 */
import type { HemicycleGroup } from '$lib/charts/hemicycle/types';
import type { Bloc } from '$lib/data/schemas';
import { pooledTurnouts, withTurnouts, type RecordedBallot } from '$lib/vote/observedTurnout';
import { presetLines, type PresetInput, type Scenario } from '$lib/vote/scenario';

/** A group of the Assembly as the page receives it. */
export interface SeatsGroup {
	id: string;
	nameFr: string;
	nameEn: string;
	parties: string[];
	bloc: Bloc;
}

/** The groups with their seats on one date (`seats` by group id), coloured by the site's group tokens. */
export function chartGroupsAt(
	groups: readonly SeatsGroup[],
	seats: Readonly<Record<string, number>>
): HemicycleGroup[] {
	return groups.map((g) => ({
		id: g.id,
		label: g.id,
		name: g.nameEn,
		detail: g.parties.join(', '),
		seats: seats[g.id] ?? 0,
		fill: `var(--group-${g.id}-fill)`,
		ink: `var(--group-${g.id}-ink)`
	}));
}

/**
 * The scenario the page opens on: the newest composition, a majority of the votes cast, each group voting as its
 * main party's declared stance, with the turnouts the Assembly recorded on the Article 34-1 ballots.
 */
export function defaultScenario(
	input: PresetInput,
	composition: string,
	ballots: readonly RecordedBallot[]
): Scenario {
	return {
		composition,
		rule: 'cast',
		lines: withTurnouts(presetLines('positions', input), pooledTurnouts(ballots))
	};
}
