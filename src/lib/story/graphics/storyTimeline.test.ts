/**
 * The story's timeline steps as a phone draws them: each fits its small sticky figure (at most 240 px tall at
 * the phone's width) with the picked-out event labelled whole; a step may name events to annotate.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '$lib/data/content.server';
import { timelineChartGeometry } from '$lib/layout/timelineChart';
import { parseStoryGraphic, storyTimelineWidth, timelineStepView } from './storyGraphic';
import { storyGraphicsData } from './storyGraphics.server';

const data = storyGraphicsData(content);
const story = readFileSync('content/en/story.md', 'utf8');
const steps = [...story.matchAll(/<Step id="([^"]+)" graphic=\{(\{[^}]*\})\}>/g)]
	.map(([, id, literal]) => ({
		id: id!,
		graphic: parseStoryGraphic(new Function(`return (${literal});`)(), id!, data)
	}))
	.filter((step) => step.graphic.chart === 'timeline');

/** The geometry StoryFigure draws for a step: the chart's plot is its width less 7 px each side. */
function drawn(graphic: (typeof steps)[number]['graphic'], annotate?: string[]) {
	if (graphic.chart !== 'timeline') throw new Error('not a timeline step');
	const view = timelineStepView(annotate ? { ...graphic, annotate } : graphic, data);
	return {
		view,
		geometry: timelineChartGeometry(
			view.events.map((e) => ({ ...e, preferred: e.citedByMotion })),
			{
				lanes: view.lanes.map((l) => l.id),
				eras: data.timeline.eras,
				width: storyTimelineWidth - 14,
				visible: view.visible,
				selected: view.selected,
				annotate: view.annotate,
				compact: true
			}
		)
	};
}

describe('the story’s timeline steps on a phone', () => {
	it('are there', () => {
		expect(steps.length).toBeGreaterThanOrEqual(5);
	});

	for (const { id, graphic } of steps)
		it(`${id}: at most 240 px tall, its event labelled whole, no other label but those asked for`, () => {
			const { view, geometry } = drawn(graphic);
			expect(geometry.height).toBeLessThanOrEqual(240);
			const labelled = geometry.layout.marks.filter((m) => m.label);
			for (const mark of labelled) expect([view.selected, ...view.annotate]).toContain(mark.id);
			if (view.selected) {
				const mark = geometry.layout.marks.find((m) => m.id === view.selected)!;
				const title = data.timeline.events.find((e) => e.id === view.selected)!.title;
				expect(mark.label?.lines.join(' ')).toBe(title);
			}
		});

	it('stays within 240 px with two more events annotated in every step', () => {
		for (const { id, graphic } of steps) {
			if (graphic.chart !== 'timeline') continue;
			const { view } = drawn(graphic);
			const others = view.events
				.filter((e) => e.id !== view.selected)
				.slice(0, 2)
				.map((e) => e.id);
			expect(drawn(graphic, others).geometry.height, id).toBeLessThanOrEqual(240);
		}
	});

	it('rejects an annotated event that is not in the timeline, naming the step', () => {
		expect(() =>
			parseStoryGraphic(
				{ chart: 'timeline', from: '2025', to: '2026', annotate: ['moon-landing'] },
				'now',
				data
			)
		).toThrow('content/en/story.md, step "now": graphic.annotate: unknown id "moon-landing"');
	});
});
