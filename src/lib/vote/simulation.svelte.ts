/**
 * One simulated vote as the seat chart and the simulator show it, wherever they are (the /seats/ page, the
 * `<nato-hemicycle>` element): the outcome of a scenario, each group's tally, how it would fare under the
 * recorded turnouts, the preset it matches and the chart's caption. Whoever owns the scenario (the address,
 * an element's state) passes it in and applies what `presetScenario` returns.
 */
import type { Translate } from '$lib/i18n/translate';
import {
	pooledTurnouts,
	runsUnderObservedTurnouts,
	withTurnouts,
	type RecordedBallot
} from './observedTurnout';
import { presetOptions } from './presetOptions';
import { matchingPreset, presetLines, type PresetId, type PresetInput, type Scenario } from './scenario';
import { voteOutcome } from './voteOutcome';

/** What a simulation is of; read again whenever it changes (a getter, so that it can hold `$state`). */
export interface SimulationInput<G extends { id: string; seats: number }> {
	/** The groups with their seats on the scenario's date, as the seat chart draws them. */
	groups: G[];
	/** The groups' blocs and stances, which the presets' lines are made from. */
	presetInput: PresetInput;
	/** The full house, vacancies included. */
	totalSeats: number;
	/** The recorded ballots whose turnouts the scenario starts from, each with its date (YYYY-MM-DD). */
	ballots: readonly (RecordedBallot & { date: string })[];
	/** The scenario shown. */
	scenario: Scenario;
	/** Called with the scenario the reader makes, for its owner to show. */
	onchange: (next: Scenario) => void;
	t: Translate;
}

export class VoteSimulation<G extends { id: string; seats: number }> {
	readonly #input: () => SimulationInput<G>;

	/** @param input The simulation's input, read again when it changes. */
	constructor(input: () => SimulationInput<G>) {
		this.#input = input;
	}

	/** Every preset, with its label and description, for the simulator. */
	readonly presets = $derived.by(() => presetOptions(this.#input().t));
	/** The scenario's result. */
	readonly outcome = $derived.by(() => {
		const { groups, scenario, totalSeats } = this.#input();
		return voteOutcome(groups, scenario.lines, totalSeats, scenario.rule);
	});
	/** Each group's tally, by group id, for the seat chart. */
	readonly votes = $derived(Object.fromEntries(this.outcome.tallies.map((tally) => [tally.group, tally])));
	/** The scenario under the turnouts recorded on each ballot, with the pooled turnouts it starts from. */
	readonly observed = $derived.by(() => {
		const { groups, scenario, totalSeats, ballots } = this.#input();
		return {
			turnouts: pooledTurnouts(ballots),
			count: ballots.length,
			runs: runsUnderObservedTurnouts(groups, scenario.lines, totalSeats, scenario.rule, ballots).map(
				(run) => ({ ...run, date: ballots.find((b) => b.number === run.ballot)!.date })
			)
		};
	});
	/** The preset whose lines the scenario has, if any. */
	readonly activePreset = $derived.by(() => {
		const { scenario, presetInput } = this.#input();
		return matchingPreset(scenario.lines, presetInput);
	});
	/** The seat chart's caption: whether the vote passes, and its counts. */
	readonly caption = $derived.by(() => {
		const { t } = this.#input();
		return {
			big: t(this.outcome.passes ? 'seats.captionPasses' : 'seats.captionFails'),
			small: t('seats.captionCounts', { for: this.outcome.for, against: this.outcome.against })
		};
	});

	/** The simulator's props (all but the page's own: `vacant`, `locale`, snippets), to spread on it. */
	readonly simulatorProps = $derived.by(() => {
		const { groups, scenario, onchange, t } = this.#input();
		return {
			groups,
			scenario,
			outcome: this.outcome,
			presets: this.presets,
			activePreset: this.activePreset,
			observed: this.observed,
			t,
			onchange,
			onpreset: (preset: PresetId) => onchange(this.presetScenario(preset))
		};
	});

	/** The scenario with a preset's lines, each group keeping the turnout it has now. */
	presetScenario(preset: PresetId): Scenario {
		const { scenario, presetInput } = this.#input();
		const turnouts = Object.fromEntries(Object.entries(scenario.lines).map(([id, l]) => [id, l.turnout]));
		return { ...scenario, lines: withTurnouts(presetLines(preset, presetInput), turnouts) };
	}
}
