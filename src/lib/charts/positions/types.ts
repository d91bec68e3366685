/** The props of the party position map. */
import type { NatoEvidence } from '$lib/data/schemas';

export interface PositionStep {
	id: string;
	label: string;
	description: string;
}

export interface PositionParty {
	id: string;
	/** Short label drawn on the map, e.g. "RN". */
	label: string;
	name: string;
	/** The Assembly group the party sits in, or null: the key shared with the hemicycle's selection. */
	group: string | null;
	/** Its current stance: an id in the steps. */
	stance: string;
	/** `inferred` marks a stance that is the project's reading rather than the party's own words. */
	basis: 'seen' | 'inferred' | 'none';
	stanceNote: string | null;
	/** Seats of its group in the Assembly (0 for a party without deputies): sets the dot's area. */
	seats: number;
	fill: string;
	ink: string;
	/** Values on each horizontal axis, by axis id; null where the survey has no value. */
	values: Record<string, number | null>;
	/** Earlier placements, oldest first, ending with the current one: dated stances with the survey value nearest in time. */
	trail: { stance: string; date: string; values: Record<string, number | null> }[];
	evidence: NatoEvidence | null;
}

export interface PositionAxis {
	id: string;
	label: string;
	min: number;
	max: number;
	lowLabel: string;
	highLabel: string;
}
