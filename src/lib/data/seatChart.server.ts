/** The props of a seat chart for the Assembly's latest composition, for pages that show one beside another chart. */
import type { HemicycleGroup } from '$lib/charts/hemicycle/types';
import { latestComposition } from './assemblyRecords';
import type { NatoStance } from './schemas';
import type { Content } from './validate';

export interface SeatChartData {
	groups: HemicycleGroup[];
	vacant: number;
	totalSeats: number;
	/** The composition's date, YYYY-MM-DD. */
	date: string;
}

export function latestSeatChart(content: Content): SeatChartData {
	const { assembly } = content;
	const latest = latestComposition(content);
	return {
		groups: assembly.groups.map((g) => ({
			id: g.id,
			label: g.id,
			name: g.nameEn,
			detail: g.parties.join(', '),
			seats: latest.seats[g.id] ?? 0,
			fill: `var(--group-${g.id}-fill)`,
			ink: `var(--group-${g.id}-ink)`
		})),
		vacant: latest.vacant,
		totalSeats: assembly.totalSeats,
		date: latest.date
	};
}

/** The declared NATO stance of each group's main party ('unknown' without one): the simulator's presets start here. */
export function groupStances(content: Content): Record<string, NatoStance> {
	const { assembly, natoPositions } = content;
	return Object.fromEntries(
		assembly.groups.map((g) => [
			g.id,
			natoPositions.parties.find((p) => p.mainPartyOfGroup && p.group === g.id)?.stance ?? 'unknown'
		])
	);
}
