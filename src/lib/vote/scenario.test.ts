import { describe, expect, it } from 'vitest';
import {
	defaultScenario,
	matchingPreset,
	presetLines,
	scenarioFromParams,
	scenarioToParams,
	type Scenario
} from './scenario';

const groups = [
	{ id: 'LFI-NFP', bloc: 'nfp' },
	{ id: 'SOC', bloc: 'nfp' },
	{ id: 'EPR', bloc: 'ensemble' },
	{ id: 'RN', bloc: 'rn' },
	{ id: 'LIOT', bloc: 'other' }
];
const input = {
	groups,
	stances: {
		'LFI-NFP': 'leave-nato',
		SOC: 'stay-and-deepen',
		EPR: 'stay-and-deepen',
		RN: 'leave-integrated-command'
	}
} as const;
const known = { compositions: ['2024-07-19', '2026-01-23'], groups: groups.map((g) => g.id) };
const base: Scenario = { composition: '2026-01-23', rule: 'cast', lines: presetLines('positions', input) };

describe('presets', () => {
	it('turn declared positions into votes, abstaining where a position is unknown or in between', () => {
		const lines = presetLines('positions', input);
		expect(Object.fromEntries(Object.entries(lines).map(([id, l]) => [id, l.choice]))).toEqual({
			'LFI-NFP': 'for',
			SOC: 'against',
			EPR: 'against',
			RN: 'abstain',
			LIOT: 'abstain'
		});
	});

	it('build bloc scenarios from the groups’ blocs', () => {
		const lines = presetLines('nfp-rn', input);
		expect(lines.RN!.choice).toBe('for');
		expect(lines.SOC!.choice).toBe('for');
		expect(lines.EPR!.choice).toBe('against');
	});

	it('recognise when the lines are exactly a preset, and not after a change', () => {
		expect(matchingPreset(presetLines('lfi', input), input)).toBe('lfi');
		const changed = presetLines('lfi', input);
		changed.EPR = { choice: 'for', discipline: 100, turnout: 100 };
		expect(matchingPreset(changed, input)).toBeUndefined();
	});

	it('matches a preset whatever the turnouts, which the turnout control sets apart', () => {
		const lines = presetLines('lfi', input);
		const lower = Object.fromEntries(Object.entries(lines).map(([id, l]) => [id, { ...l, turnout: 40 }]));
		expect(matchingPreset(lower, input)).toBe('lfi');
	});
});

describe('scenario URLs', () => {
	it('round-trip a scenario through the URL', () => {
		const scenario: Scenario = {
			composition: '2024-07-19',
			rule: 'absolute',
			lines: {
				...base.lines,
				SOC: { choice: 'for', discipline: 80, turnout: 100 },
				RN: { choice: 'against', discipline: 100, turnout: 60 }
			}
		};
		const params = scenarioToParams(scenario);
		expect(params.get('g')).toContain('SOC:for:80');
		expect(params.get('g')).toContain('RN:against:100:60');
		expect(scenarioFromParams(new URLSearchParams(params.toString()), base, known)).toEqual({
			scenario,
			notices: []
		});
	});

	it('keeps the defaults and reports each value it cannot use, without throwing', () => {
		const params = new URLSearchParams({
			at: '1999-01-01',
			rule: 'unanimity',
			g: 'SOC:for,XYZ:for,RN:maybe,EPR:for:101,LIOT:for:50:50:9,<img src=x onerror=alert(1)>:for'
		});
		const { scenario, notices } = scenarioFromParams(params, base, known);
		expect(scenario.composition).toBe('2026-01-23');
		expect(scenario.rule).toBe('cast');
		expect(scenario.lines.SOC!.choice).toBe('for');
		expect(scenario.lines.EPR).toEqual(base.lines.EPR);
		expect(notices.map((n) => n.value)).toEqual([
			'1999-01-01',
			'unanimity',
			'XYZ:for',
			'RN:maybe',
			'EPR:for:101',
			'LIOT:for:50:50:9',
			'<img src=x onerror=alert(1)>:for'
		]);
	});
});

describe('defaultScenario', () => {
	const ballots = [
		{
			number: 1,
			groups: [
				{ group: 'LFI-NFP', members: 70, for: 35, against: 0, abstain: 0 },
				{ group: 'RN', members: 120, for: 0, against: 30, abstain: 0 }
			]
		}
	];
	it('opens on the composition, a majority of the votes cast and the declared positions', () => {
		const scenario = defaultScenario(input, '2026-01-23', ballots);
		expect(scenario.composition).toBe('2026-01-23');
		expect(scenario.rule).toBe('cast');
		expect(matchingPreset(scenario.lines, input)).toBe('positions');
	});
	it('turns each group out as on the recorded ballots, and a group not recorded in full', () => {
		const lines = defaultScenario(input, '2026-01-23', ballots).lines;
		expect(lines['LFI-NFP']!.turnout).toBe(50);
		expect(lines.RN!.turnout).toBe(25);
		expect(lines.SOC!.turnout).toBe(100);
	});
});
