/**
 * The positions page's state in its address, so that a view can be shared: `party` (a party's id, e.g.
 * `?party=rn`, or `group` for an Assembly group with no party on the map) and `axis` (`left-right`, the
 * default, or `russia`). Values it does not know are dropped for the default and reported, never echoed
 * as markup.
 */

/** The address names of the map's two survey scales, by the survey's own column names. */
export const axisNames: Record<string, string> = { lrgen: 'left-right', eu_russia: 'russia' };

export interface PositionsState {
	/** A party's id, a group's id (`group`), or null for no selection. */
	party: string | null;
	group: string | null;
	/** The survey column shown across: `lrgen` or `eu_russia`. */
	axis: string;
}

export interface PositionsParsed {
	state: PositionsState;
	/** The parameters that could not be used, as written in the address. */
	notices: { parameter: string; value: string }[];
}

/** The state an address asks for: unknown values fall back to the defaults and are listed in `notices`. */
export function positionsFromParams(
	params: URLSearchParams,
	known: { parties: readonly string[]; groups: readonly string[]; axes: readonly string[] }
): PositionsParsed {
	const notices: PositionsParsed['notices'] = [];
	const state: PositionsState = { party: null, group: null, axis: known.axes[0] ?? 'lrgen' };
	const party = params.get('party');
	if (party !== null) {
		if (known.parties.includes(party)) state.party = party;
		else notices.push({ parameter: 'party', value: party });
	}
	const group = params.get('group');
	if (group !== null) {
		if (!state.party && known.groups.includes(group)) state.group = group;
		else notices.push({ parameter: 'group', value: group });
	}
	const axis = params.get('axis');
	if (axis !== null) {
		const id = Object.entries(axisNames).find(([id, name]) => axis === name || axis === id)?.[0];
		if (id && known.axes.includes(id)) state.axis = id;
		else notices.push({ parameter: 'axis', value: axis });
	}
	return { state, notices };
}

/** The query string (without `?`) for a state; defaults are left out, so the plain page has none. */
export function positionsToParams(state: PositionsState, defaultAxis: string): string {
	const params = new URLSearchParams();
	if (state.party) params.set('party', state.party);
	else if (state.group) params.set('group', state.group);
	if (state.axis !== defaultAxis) params.set('axis', axisNames[state.axis] ?? state.axis);
	return params.toString();
}
