/**
 * The story's graphic states, as an editor writes them in the mdsvex copy (`<Step graphic={{ ... }}>`),
 * validated at build time, and described in words for each step's alt text.
 */
import * as v from 'valibot';
import type { HemicycleGroup } from '$lib/charts/hemicycle/types';
import type { PositionAxis, PositionParty, PositionStep } from '$lib/charts/positions/types';
import type { TimelineEventView } from '$lib/charts/timeline/types';
import type { ArgumentTree } from '$lib/layout/argumentTree';
import { formatDate } from '$lib/i18n/format';
import { dateExtent, isPartialIsoDate } from '$lib/dates/partialDate';
import type { Translate } from '$lib/i18n/translate';
import { presetIds, presetLines, type PresetId } from '$lib/vote/scenario';
import { runsUnderObservedTurnouts, withTurnouts } from '$lib/vote/observedTurnout';
import { voteOutcome, type VoteOutcome } from '$lib/vote/voteOutcome';
import type { BallotView } from '$lib/charts/ballots/types';
import type { NatoStance } from '$lib/data/schemas';

const partialDate = v.pipe(
	v.string(),
	v.check(isPartialIsoDate, 'a real date as YYYY, YYYY-MM or YYYY-MM-DD')
);

export const legalPathSteps = 4;

export const storyGraphicSchema = v.variant('chart', [
	v.strictObject({
		chart: v.literal('hemicycle'),
		/** Groups drawn at full strength; the others fade. */
		highlight: v.optional(v.array(v.string())),
		/** Colours the seats by how each group would vote under a simulator preset. */
		preset: v.optional(v.picklist(presetIds)),
		/** With a preset: each group's turnout as on the recorded Article 34-1 ballots, rather than everyone voting. */
		turnout: v.optional(v.literal('observed')),
		/** Draws a recorded ballot (its number in assembly-ballots.json) instead: each group's seats and votes that day. */
		ballot: v.optional(v.pipe(v.number(), v.integer()))
	}),
	v.strictObject({
		chart: v.literal('timeline'),
		from: partialDate,
		to: partialDate,
		/** The event to pick out. */
		event: v.optional(v.string()),
		/** The lanes shown (ids in timeline.json); all of them by default. */
		lanes: v.optional(v.array(v.string())),
		/** Events to label after the picked-out one, in order, where they fit (ids in timeline.json); the others are marks. */
		annotate: v.optional(v.array(v.string()))
	}),
	v.strictObject({
		chart: v.literal('positions'),
		axis: v.optional(v.picklist(['lrgen', 'eu_russia'])),
		/** A group id (or a party id for a party without deputies) to pick out. */
		select: v.optional(v.string())
	}),
	v.strictObject({
		chart: v.literal('arguments'),
		/** Show one side of the debate's main claims, or both. */
		side: v.picklist(['for', 'against', 'both'])
	}),
	v.strictObject({
		chart: v.literal('legal-path'),
		/** The stage of the legal path picked out, 1 to 4. */
		stage: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(legalPathSteps))
	})
]);

export type StoryGraphic = v.InferOutput<typeof storyGraphicSchema>;

/** The data the story's graphics draw on, built on the server from validated content. */
export interface StoryGraphicsData {
	seats: {
		groups: HemicycleGroup[];
		vacant: number;
		total: number;
		stances: Record<string, NatoStance>;
		blocs: Record<string, string>;
		/** The recorded ballots a step may draw (the Article 34-1 resolutions). */
		ballots: BallotView[];
		/** Each group's turnout over those ballots, 0–100. */
		observedTurnouts: Record<string, number>;
	};
	timeline: {
		events: TimelineEventView[];
		lanes: { id: string; label: string }[];
		categories: { id: string; label: string }[];
		eras: { id: string; label: string; start: string; end: string }[];
	};
	positions: { parties: PositionParty[]; steps: PositionStep[]; axes: PositionAxis[] };
	/** The argument tree, and each claim's speakers (`claimSpeakers`), shown under it in the columns. */
	debate: { tree: ArgumentTree; speakers: Record<string, string[]> };
}

/** The width a story step's timeline is laid out at, in px: a phone's sticky figure (390 px less its margins). */
export const storyTimelineWidth = 358;

/** What a timeline step draws: the events in its range and lanes, the range, and the events it picks out. */
export function timelineStepView(
	graphic: Extract<StoryGraphic, { chart: 'timeline' }>,
	data: StoryGraphicsData
) {
	const visible: [number, number] = [dateExtent(graphic.from).start, dateExtent(graphic.to).end];
	const lanes = data.timeline.lanes.filter((l) => !graphic.lanes || graphic.lanes.includes(l.id));
	const events = data.timeline.events.filter((e) => {
		const { start, end } = dateExtent(e.date, e.endDate);
		return end >= visible[0] && start <= visible[1] && lanes.some((l) => l.id === e.lane);
	});
	return { events, lanes, visible, selected: graphic.event ?? null, annotate: graphic.annotate ?? [] };
}

/** Parses a step's graphic, or throws naming the step and the field, so that a typo fails the build. */
export function parseStoryGraphic(state: unknown, stepId: string, data: StoryGraphicsData): StoryGraphic {
	const result = v.safeParse(storyGraphicSchema, state);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue) ?? 'graphic';
		throw new Error(`content/en/story.md, step "${stepId}": graphic.${path}: ${issue.message}`);
	}
	const graphic = result.output;
	const fail = (field: string, value: string) => {
		throw new Error(`content/en/story.md, step "${stepId}": graphic.${field}: unknown id "${value}"`);
	};
	if (graphic.chart === 'hemicycle') {
		for (const id of graphic.highlight ?? [])
			if (!data.seats.groups.some((g) => g.id === id)) fail('highlight', id);
		if (graphic.ballot !== undefined && !data.seats.ballots.some((b) => b.number === graphic.ballot))
			fail('ballot', String(graphic.ballot));
		if (graphic.turnout && !graphic.preset)
			throw new Error(`content/en/story.md, step "${stepId}": graphic.turnout: applies only with a preset`);
	}
	if (graphic.chart === 'timeline') {
		if (graphic.event && !data.timeline.events.some((e) => e.id === graphic.event))
			fail('event', graphic.event);
		for (const lane of graphic.lanes ?? [])
			if (!data.timeline.lanes.some((l) => l.id === lane)) fail('lanes', lane);
		for (const id of graphic.annotate ?? [])
			if (!data.timeline.events.some((e) => e.id === id)) fail('annotate', id);
	}
	if (
		graphic.chart === 'positions' &&
		graphic.select &&
		!data.positions.parties.some((p) => p.group === graphic.select || p.id === graphic.select)
	)
		fail('select', graphic.select);
	return graphic;
}

/**
 * How a simulator preset would vote with the Assembly's current seats (votes cast decide), with every deputy
 * voting or, with `turnout: 'observed'`, each group's turnout as on the recorded Article 34-1 ballots.
 */
export function presetOutcome(preset: PresetId, data: StoryGraphicsData, turnout?: 'observed'): VoteOutcome {
	const lines = presetLines(preset, {
		groups: data.seats.groups.map((g) => ({ id: g.id, bloc: data.seats.blocs[g.id] ?? 'other' })),
		stances: data.seats.stances
	});
	const withTurnout = turnout === 'observed' ? withTurnouts(lines, data.seats.observedTurnouts) : lines;
	return voteOutcome(data.seats.groups, withTurnout, data.seats.total, 'cast');
}

/** How many of the recorded ballots' turnouts would carry a preset (votes cast decide). */
export function presetPassesUnderObserved(preset: PresetId, data: StoryGraphicsData): number {
	const lines = presetLines(preset, {
		groups: data.seats.groups.map((g) => ({ id: g.id, bloc: data.seats.blocs[g.id] ?? 'other' })),
		stances: data.seats.stances
	});
	return runsUnderObservedTurnouts(
		data.seats.groups,
		lines,
		data.seats.total,
		'cast',
		data.seats.ballots
	).filter((run) => run.passes).length;
}

/** The graphic in words: the step's alt text. */
export function describeStoryGraphic(
	graphic: StoryGraphic,
	data: StoryGraphicsData,
	t: Translate,
	locale: string
): string {
	const number = (n: number) => n.toLocaleString(locale);
	switch (graphic.chart) {
		case 'hemicycle': {
			const { groups, total } = data.seats;
			const base = t('storyGraphic.hemicycle', { total: number(total) });
			const ballot = data.seats.ballots.find((b) => b.number === graphic.ballot);
			if (ballot)
				return `${base} ${t('storyGraphic.ballot', {
					number: ballot.number,
					date: formatDate(ballot.date, locale),
					for: number(ballot.for),
					against: number(ballot.against),
					abstain: number(ballot.abstain),
					voting: number(ballot.voting),
					seated: number(ballot.seated),
					result: t(ballot.result === 'adopted' ? 'ballots.resultAdopted' : 'ballots.resultRejected')
				})}`;
			if (graphic.preset) {
				const outcome = presetOutcome(graphic.preset, data, graphic.turnout);
				const text = t(`storyGraphic.preset`, {
					preset: t(presetLabel[graphic.preset]),
					for: number(outcome.for),
					against: number(outcome.against),
					abstain: number(outcome.abstain),
					result: t(outcome.passes ? 'storyGraphic.passes' : 'storyGraphic.fails')
				});
				const turnout = graphic.turnout
					? ` ${t('storyGraphic.observedTurnout', { count: data.seats.ballots.length })}`
					: '';
				return `${base} ${text}${turnout}`;
			}
			if (!graphic.highlight?.length) return base;
			const picked = groups.filter((g) => graphic.highlight!.includes(g.id));
			const seats = picked.reduce((sum, g) => sum + g.seats, 0);
			return `${base} ${t('storyGraphic.highlight', {
				groups: picked.map((g) => `${g.label} (${number(g.seats)})`).join(', '),
				seats: number(seats)
			})}`;
		}
		case 'timeline': {
			const lanes = data.timeline.lanes.filter((l) => !graphic.lanes || graphic.lanes.includes(l.id));
			const range = t('storyGraphic.timeline', {
				from: formatDate(graphic.from, locale),
				to: formatDate(graphic.to, locale),
				lanes: lanes.map((l) => l.label).join(', ')
			});
			const event = data.timeline.events.find((e) => e.id === graphic.event);
			return event
				? `${range} ${t('storyGraphic.event', { title: event.title, date: formatDate(event.date, locale) })}`
				: range;
		}
		case 'positions': {
			const axis = data.positions.axes.find((a) => a.id === (graphic.axis ?? 'lrgen'))!;
			const base = t('storyGraphic.positions', { axis: axis.label });
			const party = data.positions.parties.find((p) => p.group === graphic.select || p.id === graphic.select);
			if (!party) return base;
			const stance = data.positions.steps.find((s) => s.id === party.stance)?.label ?? party.stance;
			return `${base} ${t('storyGraphic.party', { party: party.name, stance })}`;
		}
		case 'arguments': {
			const top = [...data.debate.tree.nodes.values()].filter((n) => n.depth === 1);
			const side = (s: 'for' | 'against') => top.filter((n) => n.side === s).length;
			return t(`storyGraphic.arguments.${graphic.side}`, { for: side('for'), against: side('against') });
		}
		case 'legal-path':
			return t('storyGraphic.legalPath', {
				stage: graphic.stage,
				stages: legalPathSteps,
				title: t(`legalPath.stage${graphic.stage as 1 | 2 | 3 | 4}.title`)
			});
	}
}

export const presetLabel = {
	positions: 'preset.positions',
	nfp: 'preset.nfp',
	'nfp-rn': 'preset.nfpRn',
	lfi: 'preset.lfi'
} as const satisfies Record<PresetId, string>;
