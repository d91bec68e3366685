/**
 * The Assembly as the site shows it: its compositions at dated points (the hand-sourced ones of
 * assembly.json, such as the groups first published in July 2024, and those read from the Assembly's own
 * ballot records) in one list, and the recorded ballots as the ballot chart draws them.
 */
import type { BallotView } from '$lib/charts/ballots/types';
import type { BallotKind } from './schemas';
import type { Content } from './validate';

export interface CompositionPoint {
	/** The date, YYYY-MM-DD, doubling as the id (in the URL's `at`). */
	id: string;
	date: string;
	seats: Record<string, number>;
	vacant: number;
	seated: number;
	/** The ballot whose records give the sizes, when they come from one. */
	ballot: number | null;
	/** What the count was taken for, for counts not read from a ballot. */
	event: string | null;
	/** Source ids (sources.json). */
	sources: string[];
	/** The ballot's page, when the sizes come from one. */
	sourceUrl: string | null;
}

/** Every composition, oldest first. */
export function compositionPoints(content: Content): CompositionPoint[] {
	const { assembly, assemblyCompositions } = content;
	const handSourced = assembly.compositions.map((c) => ({
		id: c.id,
		date: c.date,
		seats: c.seats,
		vacant: c.vacant,
		seated: assembly.totalSeats - c.vacant,
		ballot: null,
		event: c.event,
		sources: c.sources,
		sourceUrl: null
	}));
	const recorded = assemblyCompositions.compositions.map((c) => ({
		id: c.id,
		date: c.date,
		seats: c.seats,
		vacant: c.vacant,
		seated: c.seated,
		ballot: c.ballot,
		event: null,
		sources: [assemblyCompositions.source],
		sourceUrl: c.sourceUrl
	}));
	return [...handSourced, ...recorded].toSorted((a, b) => a.date.localeCompare(b.date));
}

/**
 * The compositions a seat table compares: the first count, the one before `id` and `id` itself (the newest
 * when `id` is not given), oldest first and each once. A table of every count would be too wide to read.
 */
export function comparedCompositions<T extends { id: string }>(points: readonly T[], id?: string): T[] {
	const found = points.findIndex((c) => c.id === id);
	const index = found === -1 ? points.length - 1 : found;
	return [...new Set([0, Math.max(0, index - 1), index])].map((i) => points[i]!);
}

/** The newest composition. */
export function latestComposition(content: Content): CompositionPoint {
	return compositionPoints(content).at(-1)!;
}

/** The recorded ballots of one kind, oldest first, with our short title where we wrote one. */
export function ballotViews(content: Content, kind: BallotKind): BallotView[] {
	const { assembly, assemblyBallots } = content;
	return assemblyBallots.ballots
		.filter((b) => b.kind === kind)
		.map((b) => {
			const label = assembly.ballotLabels[String(b.number)];
			return {
				number: b.number,
				date: b.date,
				label: label ?? b.title,
				lang: label ? 'en' : 'fr',
				title: b.title,
				result: b.result,
				majority: b.majority,
				seated: b.seated,
				voting: b.totals.voting,
				cast: b.totals.cast,
				needed: b.totals.needed,
				for: b.totals.for,
				against: b.totals.against,
				abstain: b.totals.abstain,
				requestedBy: b.requestedBy,
				href: b.sourceUrl,
				groups: b.groups
			};
		});
}
