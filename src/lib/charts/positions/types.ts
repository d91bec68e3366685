/** The props of the party position map. */

/** A dated item behind a party's stance: words it said or wrote, its programme, or how it voted. */
export interface PositionEvidence {
	kind: 'quote' | 'programme' | 'vote';
	/** The source's own words; for a vote, a description of it. */
	text: string;
	/** Two-letter language code of `text`. */
	lang: string;
	/** Translations of `text`, by locale. */
	translations: Record<string, string>;
	/** Who said it, or which document or vote it is. */
	speaker: string;
	/** False when our source does not name the person speaking (e.g. "a deputy of the group"). Default true. */
	speakerNamed?: boolean;
	/** Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	/** Source ids, rendered by the chart's `cite` snippet. */
	sources: string[];
	note?: string;
}

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
	evidence: PositionEvidence | null;
}

export interface PositionAxis {
	id: string;
	label: string;
	min: number;
	max: number;
	lowLabel: string;
	highLabel: string;
}
