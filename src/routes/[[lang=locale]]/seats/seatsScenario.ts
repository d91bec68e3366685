/**
 * The /seats/ page's groups as the seat chart draws them on a date: shared by the page's answer (prerendered)
 * and its simulator island (hydrated), so that both start from the same figures.
 */
import type { HemicycleGroup } from '$lib/charts/hemicycle/types';
import type { Bloc } from '$lib/data/schemas';

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
