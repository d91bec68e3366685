import { describe, expect, it } from 'vitest';
import type { Translate } from '$lib/i18n/translate';
import { defaultScenario, type PresetInput, type Scenario } from './scenario';
import { VoteSimulation } from './simulation.svelte';
import { voteOutcome } from './voteOutcome';

const vote = (group: string, members: number, f: number, a: number, ab = 0) => ({
	group,
	members,
	for: f,
	against: a,
	abstain: ab
});
// Three invented groups: L for leaving NATO, C for staying, R for leaving its integrated command; their recorded
// ballots give the turnouts (L always for, C always against, R abstaining once and against once).
const groups = [
	{ id: 'L', seats: 100 },
	{ id: 'C', seats: 150 },
	{ id: 'R', seats: 200 }
];
const presetInput: PresetInput = {
	groups: [
		{ id: 'L', bloc: 'nfp' },
		{ id: 'C', bloc: 'ensemble' },
		{ id: 'R', bloc: 'rn' }
	],
	stances: { L: 'leave-nato', C: 'stay-and-deepen', R: 'leave-integrated-command' }
};
const ballots = [
	{
		number: 7,
		date: '2025-03-01',
		groups: [vote('L', 100, 50, 0), vote('C', 150, 0, 75), vote('R', 200, 0, 0, 100)]
	},
	{
		number: 9,
		date: '2025-06-01',
		groups: [vote('L', 100, 100, 0), vote('C', 150, 0, 150), vote('R', 200, 0, 200)]
	}
];
/** Writes each message as its key and parameters, so that a test can read which one was chosen. */
const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

/** A simulation of `start`, and a setter standing in for the address or element that owns the scenario. */
function simulationOf(start: Scenario) {
	let scenario = $state(start);
	const set = (next: Scenario) => (scenario = next);
	const simulation = new VoteSimulation(() => ({
		groups,
		presetInput,
		totalSeats: 577,
		ballots,
		scenario,
		onchange: set,
		t
	}));
	return { simulation, set };
}

describe('VoteSimulation', () => {
	const start = defaultScenario(presetInput, '2026-01-23', ballots);

	it("gives the scenario's outcome, and each group's tally by group id", () => {
		const { simulation } = simulationOf(start);
		expect(simulation.outcome).toEqual(voteOutcome(groups, start.lines, 577, 'cast'));
		expect(Object.keys(simulation.votes)).toEqual(['L', 'C', 'R']);
		for (const tally of simulation.outcome.tallies) expect(simulation.votes[tally.group]).toEqual(tally);
	});

	it('runs the scenario under each recorded ballot, dated, from the pooled turnouts', () => {
		const { simulation } = simulationOf(start);
		expect(simulation.observed.count).toBe(2);
		expect(simulation.observed.turnouts).toEqual({ L: 75, C: 75, R: 75 });
		expect(simulation.observed.runs.map((run) => [run.ballot, run.date])).toEqual([
			[7, '2025-03-01'],
			[9, '2025-06-01']
		]);
	});

	it('names the preset the scenario matches, and none once a line departs from it', () => {
		const { simulation, set } = simulationOf(start);
		expect(simulation.activePreset).toBe('positions');
		set({ ...start, lines: { ...start.lines, R: { ...start.lines.R!, choice: 'for' } } });
		expect(simulation.activePreset).not.toBe('positions');
	});

	it('follows the scenario it is given', () => {
		const { simulation, set } = simulationOf(start);
		const against = simulation.outcome.against;
		set({ ...start, lines: { ...start.lines, C: { ...start.lines.C!, choice: 'for' } } });
		expect(simulation.outcome.against).toBeLessThan(against);
		expect(simulation.outcome).toEqual(
			voteOutcome(groups, { ...start.lines, C: { ...start.lines.C!, choice: 'for' } }, 577, 'cast')
		);
	});

	it('captions the chart with whether the vote passes and its counts', () => {
		const { simulation, set } = simulationOf(start);
		// The left alone (75 of 100 for) against the centre (113 of 150): it fails.
		expect(simulation.outcome.passes).toBe(false);
		expect(simulation.caption).toEqual({
			big: 'seats.captionFails',
			small: `seats.captionCounts ${JSON.stringify({ for: simulation.outcome.for, against: simulation.outcome.against })}`
		});
		set({ ...start, lines: { ...start.lines, C: { ...start.lines.C!, choice: 'for' } } });
		expect(simulation.caption.big).toBe('seats.captionPasses');
	});

	it("applies a preset's choices and keeps each group's turnout, composition and rule", () => {
		const { simulation, set } = simulationOf(start);
		set({ ...start, rule: 'absolute', lines: { ...start.lines, L: { ...start.lines.L!, turnout: 40 } } });
		const next = simulation.presetScenario('nfp');
		expect(next.composition).toBe('2026-01-23');
		expect(next.rule).toBe('absolute');
		expect(
			Object.fromEntries(Object.entries(next.lines).map(([id, l]) => [id, [l.choice, l.turnout]]))
		).toEqual({
			L: ['for', 40],
			C: ['against', 75],
			R: ['against', 75]
		});
	});

	it("gives the simulator the scenario and its result, and hands its changes and presets to the scenario's owner", () => {
		const { simulation } = simulationOf(start);
		const props = simulation.simulatorProps;
		expect(props.groups).toEqual(groups);
		expect(props.scenario).toEqual(start);
		expect(props.outcome).toEqual(simulation.outcome);
		expect(props.observed).toEqual(simulation.observed);
		expect(props.activePreset).toBe('positions');
		props.onpreset('lfi');
		expect(simulation.activePreset).toBe('lfi');
		expect(simulation.simulatorProps.scenario.lines.L!.turnout).toBe(75);
		simulation.simulatorProps.onchange(start);
		expect(simulation.activePreset).toBe('positions');
	});

	it('lists every preset for the simulator', () => {
		const { simulation } = simulationOf(start);
		expect(simulation.presets.map((p) => p.id)).toEqual(['positions', 'nfp', 'nfp-rn', 'lfi']);
	});
});
