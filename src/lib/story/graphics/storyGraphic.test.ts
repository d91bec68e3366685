import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '$lib/data/content.server';
import { translator, type Messages } from '$lib/i18n/translate';
import messages from '$content/en/messages.json';
import { describeStoryGraphic, parseStoryGraphic, presetOutcome } from './storyGraphic';
import { storyGraphicsData } from './storyGraphics.server';

const data = storyGraphicsData(content);
const t = translator(messages as Messages);
const describeState = (state: unknown) =>
	describeStoryGraphic(parseStoryGraphic(state, 'step', data), data, t, 'en');

describe('parseStoryGraphic', () => {
	it('accepts every step and figure state written in the story', () => {
		const story = readFileSync('content/en/story.md', 'utf8');
		const steps = [...story.matchAll(/<(?:Step|Figure) id="([^"]+)" graphic=\{(\{[^}]*\})\}/g)];
		expect(steps.map(([, id]) => id)).toContain('arguments');
		// Every step and figure is read: one the pattern missed would go untested.
		expect(steps.length).toBe([...story.matchAll(/<(?:Step|Figure)\s/g)].length);
		expect(steps.length).toBeGreaterThanOrEqual(20);
		for (const [, id, literal] of steps) {
			const state: unknown = new Function(`return (${literal});`)();
			expect(() => parseStoryGraphic(state, id!, data), id).not.toThrow();
		}
	});

	it('refuses a date the calendar does not have, naming the field', () => {
		expect(() => parseStoryGraphic({ chart: 'timeline', from: '2025-13', to: '2026' }, 'now', data)).toThrow(
			/step "now": graphic\.from: .*YYYY/
		);
		expect(() =>
			parseStoryGraphic({ chart: 'timeline', from: '2025', to: '2026-02-29' }, 'now', data)
		).toThrow(/step "now": graphic\.to: .*YYYY/);
	});

	it('names the step and the field of a state it cannot use', () => {
		expect(() => parseStoryGraphic({ chart: 'pie' }, 'intro', data)).toThrow(
			/^content\/en\/story\.md, step "intro": graphic\.chart: /
		);
		expect(() => parseStoryGraphic({ chart: 'legal-path', stage: 5 }, 'exit', data)).toThrow(
			/step "exit": graphic\.stage: /
		);
		expect(() => parseStoryGraphic({ chart: 'timeline', from: '2025', to: 'soon' }, 'now', data)).toThrow(
			/step "now": graphic\.to: .*YYYY/
		);
		expect(() => parseStoryGraphic({ chart: 'hemicycle', highlight: ['LFI'] }, 'seats', data)).toThrow(
			'content/en/story.md, step "seats": graphic.highlight: unknown id "LFI"'
		);
		expect(() =>
			parseStoryGraphic({ chart: 'timeline', from: '2025', to: '2026', event: 'moon-landing' }, 'now', data)
		).toThrow('graphic.event: unknown id "moon-landing"');
		expect(() => parseStoryGraphic({ chart: 'positions', select: 'XYZ' }, 'map', data)).toThrow(
			'graphic.select: unknown id "XYZ"'
		);
		expect(() => parseStoryGraphic({ chart: 'hemicycle', colour: 'red' }, 'seats', data)).toThrow(/colour/);
	});
});

describe('describeStoryGraphic', () => {
	it('names the picked-out groups with their seats, from the data', () => {
		const seats = (id: string) => data.seats.groups.find((g) => g.id === id)!.seats;
		expect(describeState({ chart: 'hemicycle', highlight: ['LFI-NFP', 'RN'] })).toBe(
			`The 577 seats of the National Assembly as a half-circle, one dot per seat, coloured by group from left to right. Picked out: LFI-NFP (${seats('LFI-NFP')}), RN (${seats('RN')}); ${seats('LFI-NFP') + seats('RN')} seats in all.`
		);
	});

	it('gives a scenario its vote and result', () => {
		const outcome = presetOutcome('nfp-rn', data);
		const text = describeState({ chart: 'hemicycle', preset: 'nfp-rn' });
		expect(text).toContain(`${outcome.for} for, ${outcome.against} against`);
		expect(text).toContain(outcome.passes ? 'would pass' : 'would fail');
		expect(text).toContain('Scenario:');
	});

	it('dates the range and the picked-out event of a timeline', () => {
		expect(
			describeState({ chart: 'timeline', from: '2025-10', to: '2026-01', event: 'maduro-captured' })
		).toMatch(
			/^Timeline from October 2025 to January 2026, by lane: .* Picked out: .*Maduro.*, 3 January 2026\.$/
		);
	});

	it('states the picked-out party’s stance, the argument sides and the legal stage', () => {
		expect(describeState({ chart: 'positions', select: 'LFI-NFP' })).toMatch(
			/Picked out: La France insoumise\. Stance: Leave NATO\./i
		);
		expect(describeState({ chart: 'arguments', side: 'for' })).toMatch(
			/with the \d+ arguments for leaving NATO picked out/
		);
		expect(describeState({ chart: 'legal-path', stage: 4 })).toBe(
			'The legal path out of NATO in 4 stages; stage 4: Leave the alliance.'
		);
	});
});
