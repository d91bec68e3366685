/** The data the story's step graphics draw on: the same builders as the chart pages. */
import { ballotViews } from '$lib/data/assemblyRecords';
import { claimSpeakers } from '$lib/data/argumentGraph';
import { argumentTree } from '$lib/layout/argumentTree';
import { pooledTurnouts } from '$lib/vote/observedTurnout';
import { positionChart } from '$lib/data/positionChart.server';
import { groupStances, latestSeatChart } from '$lib/data/seatChart.server';
import type { Content } from '$lib/data/validate';
import type { StoryGraphicsData } from './storyGraphic';

export function storyGraphicsData(content: Content): StoryGraphicsData {
	const seats = latestSeatChart(content);
	const ballots = ballotViews(content, 'resolution-34-1');
	const positions = positionChart(content);
	const { timeline, arguments: debate, assembly } = content;
	return {
		seats: {
			groups: seats.groups,
			vacant: seats.vacant,
			total: seats.totalSeats,
			stances: groupStances(content),
			blocs: Object.fromEntries(assembly.groups.map((g) => [g.id, g.bloc])),
			ballots,
			observedTurnouts: pooledTurnouts(ballots)
		},
		timeline: {
			events: timeline.events.toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
			lanes: timeline.lanes,
			categories: timeline.categories,
			eras: timeline.eras
		},
		positions: { parties: positions.parties, steps: positions.steps, axes: positions.axes },
		debate: { tree: argumentTree(debate.thesis, debate.claims), speakers: claimSpeakers(debate.claims) }
	};
}

/** Every source the story's graphics can cite, so that the page's copy data carries them. */
export function storyGraphicSources(content: Content): string[] {
	return [
		...content.timeline.events.flatMap((e) => [
			...e.sources,
			...(e.disagreement?.sources ?? []),
			...(e.motionSources ?? [])
		]),
		...content.natoPositions.parties.flatMap((p) => p.evidence[0]?.sources ?? [])
	];
}
