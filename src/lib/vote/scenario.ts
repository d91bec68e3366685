/**
 * A vote-simulator scenario: which composition of the Assembly, which majority rule, and each group's
 * line. Presets are built from data (blocs, declared NATO positions); the whole state round-trips
 * through URL search parameters so that a scenario can be shared, bookmarked and navigated with Back.
 */
import type { NatoStance } from '$lib/data/schemas';
import { pooledTurnouts, withTurnouts, type RecordedBallot } from './observedTurnout';
import { choices, type Choice, type GroupLine, type MajorityRule } from './voteOutcome';

export interface Scenario {
	/** Id of the Assembly composition the vote uses. */
	composition: string;
	rule: MajorityRule;
	/** Each group's line, by group id. */
	lines: Record<string, GroupLine>;
}

export type PresetId = 'positions' | 'nfp' | 'nfp-rn' | 'lfi';
export const presetIds: readonly PresetId[] = ['positions', 'nfp', 'nfp-rn', 'lfi'];

/**
 * How a declared stance translates into a vote on a motion to leave NATO, in the "declared positions"
 * preset. Only leaving NATO altogether is a vote for; a party that wants to stay in the alliance but leave
 * its integrated command might go either way, so it abstains, as do groups with no documented position.
 */
export const stanceVote: Record<NatoStance, Choice> = {
	'leave-nato': 'for',
	'leave-integrated-command': 'abstain',
	'stay-european-autonomy': 'against',
	'stay-and-deepen': 'against',
	unknown: 'abstain'
};

export interface PresetInput {
	groups: readonly { id: string; bloc: string }[];
	/** The main party of each group and its declared stance. */
	stances: Readonly<Record<string, NatoStance>>;
}

const full = (choice: Choice): GroupLine => ({ choice, discipline: 100, turnout: 100 });

/** Each group's line under a preset. */
export function presetLines(preset: PresetId, input: PresetInput): Record<string, GroupLine> {
	const choose = (group: { id: string; bloc: string }): Choice => {
		switch (preset) {
			case 'positions':
				return stanceVote[input.stances[group.id] ?? 'unknown'];
			case 'nfp':
				return group.bloc === 'nfp' ? 'for' : 'against';
			case 'nfp-rn':
				return group.bloc === 'nfp' || group.bloc === 'rn' ? 'for' : 'against';
			case 'lfi':
				return group.id === 'LFI-NFP' ? 'for' : 'against';
		}
	};
	return Object.fromEntries(input.groups.map((group) => [group.id, full(choose(group))]));
}

/**
 * The scenario the simulator opens on: the composition `composition`, a majority of the votes cast, each group
 * voting as its main party's declared stance, with the turnouts the Assembly recorded on `ballots`.
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

/** The preset whose lines equal `lines` in choice and discipline, if any (turnout is set apart: see `turnoutMode`). */
export function matchingPreset(
	lines: Readonly<Record<string, GroupLine>>,
	input: PresetInput
): PresetId | undefined {
	return presetIds.find((preset) => {
		const expected = presetLines(preset, input);
		return Object.entries(expected).every(([id, line]) => sameLine(lines[id], line));
	});
}

function sameLine(a: GroupLine | undefined, b: GroupLine): boolean {
	return !!a && a.choice === b.choice && a.discipline === b.discipline;
}

/** A problem found in the URL, for the reader: which parameter, the value as given (shown as text only). */
export interface ScenarioNotice {
	parameter: string;
	value: string;
}

const percent = (text: string | undefined): number | undefined => {
	if (text === undefined) return undefined;
	if (!/^\d{1,3}$/.test(text)) return NaN;
	const value = Number(text);
	return value <= 100 ? value : NaN;
};

/**
 * Writes a scenario as URL search parameters: `at` (composition), `rule`, and `g`, one
 * `group:choice[:discipline[:turnout]]` entry per group (defaults of 100 left out), comma-separated.
 */
export function scenarioToParams(scenario: Scenario): URLSearchParams {
	const entries = Object.entries(scenario.lines).map(([id, line]) => {
		const parts = [id, line.choice];
		if (line.discipline !== 100 || line.turnout !== 100) parts.push(String(line.discipline));
		if (line.turnout !== 100) parts.push(String(line.turnout));
		return parts.join(':');
	});
	return new URLSearchParams({ at: scenario.composition, rule: scenario.rule, g: entries.join(',') });
}

/**
 * Reads a scenario from URL search parameters on top of `fallback`. Anything it cannot use is left at the
 * fallback's value and reported as a notice; nothing is thrown.
 */
export function scenarioFromParams(
	params: URLSearchParams,
	fallback: Scenario,
	known: { compositions: readonly string[]; groups: readonly string[] }
): { scenario: Scenario; notices: ScenarioNotice[] } {
	const notices: ScenarioNotice[] = [];
	const scenario: Scenario = { ...fallback, lines: { ...fallback.lines } };
	const at = params.get('at');
	if (at !== null) {
		if (known.compositions.includes(at)) scenario.composition = at;
		else notices.push({ parameter: 'at', value: at });
	}
	const rule = params.get('rule');
	if (rule !== null) {
		if (rule === 'cast' || rule === 'absolute') scenario.rule = rule;
		else notices.push({ parameter: 'rule', value: rule });
	}
	const groups = params.get('g');
	if (groups)
		for (const entry of groups.split(',')) {
			const [id = '', choice = '', discipline, turnout, ...rest] = entry.split(':');
			const d = percent(discipline);
			const t = percent(turnout);
			const valid =
				known.groups.includes(id) &&
				(choices as readonly string[]).includes(choice) &&
				!Number.isNaN(d) &&
				!Number.isNaN(t) &&
				rest.length === 0;
			if (valid) scenario.lines[id] = { choice: choice as Choice, discipline: d ?? 100, turnout: t ?? 100 };
			else notices.push({ parameter: 'g', value: entry });
		}
	return { scenario, notices };
}
