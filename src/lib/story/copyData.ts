/**
 * What the copy components (Fact, Quote, Cite, Seats) need to render facts from data: built on the
 * server from validated content, then handed to the page through context.
 */
import { getContext, setContext } from 'svelte';
import { latestComposition } from '$lib/data/assemblyRecords';
import { sourcesChecked } from '$lib/data/siteDates';
import type { Content } from '$lib/data/validate';
import type { Fact } from '$lib/data/schemas';

export interface CitedSource {
	id: string;
	/** 1-based, in the order of the sources file: the number shown in the text and on the sources page. */
	number: number;
	title: string;
	publisher: string;
}

export interface SeatState {
	date: string;
	total: number;
	vacant: number;
	seats: Record<string, number>;
	sources: string[];
}

/** One recorded ballot's figures, for <Ballot />. */
export interface BallotFacts {
	number: number;
	date: string;
	result: 'adopted' | 'rejected';
	for: number;
	against: number;
	abstain: number;
	voting: number;
	cast: number;
	needed: number;
	seated: number;
	/** The ballot's page on the Assembly's site. */
	href: string;
}

export interface CopyData {
	facts: Record<string, Fact>;
	sources: Record<string, CitedSource>;
	/** The most recent composition of the Assembly. */
	assembly: SeatState;
	/** YYYY-MM-DD: when we last compared our text with our sources (src/lib/data/siteDates.ts). */
	sourcesChecked: string;
	/** The recorded ballots the copy shows with <Ballot />, by number. */
	ballots: Record<string, BallotFacts>;
	/** The newest ballot in the Assembly's records we read (nothing later is known to us), and their source id. */
	ballotRecords?: { newest: { number: number; date: string }; source: string };
}

/**
 * The copy data for `content`. With `only`, keeps just the facts and sources a page uses, so that a
 * page that hydrates does not carry every fact of the site.
 */
export function copyData(
	content: Content,
	only?: {
		facts: ReadonlySet<string>;
		sources: ReadonlySet<string>;
		/** The ballots the copy shows: with none, it carries no ballot data at all. */
		ballots?: ReadonlySet<number>;
		/** Whether the copy shows a ballot figure (<Ballot />), the newest ballot included. */
		showsBallots?: boolean;
	}
): CopyData {
	const { assemblyBallots } = content;
	const latest = latestComposition(content);
	return {
		facts: Object.fromEntries(
			content.keyFacts.facts.filter((fact) => !only || only.facts.has(fact.id)).map((fact) => [fact.id, fact])
		),
		sources: Object.fromEntries(
			content.sources.sources
				.map((s, i) => ({ id: s.id, number: i + 1, title: s.title, publisher: s.publisher }))
				.filter((s) => !only || only.sources.has(s.id))
				.map((s) => [s.id, s])
		),
		assembly: {
			date: latest.date,
			total: content.assembly.totalSeats,
			vacant: latest.vacant,
			seats: latest.seats,
			sources: latest.sources
		},
		sourcesChecked: sourcesChecked(content),
		ballots: Object.fromEntries(
			assemblyBallots.ballots
				.filter((b) => !only || only.ballots?.has(b.number))
				.map((b) => [
					String(b.number),
					{
						number: b.number,
						date: b.date,
						result: b.result,
						for: b.totals.for,
						against: b.totals.against,
						abstain: b.totals.abstain,
						voting: b.totals.voting,
						cast: b.totals.cast,
						needed: b.totals.needed,
						seated: b.seated,
						href: b.sourceUrl
					}
				])
		),
		...(!only || only.showsBallots
			? {
					ballotRecords: {
						newest: { number: assemblyBallots.newestBallot, date: assemblyBallots.asOf },
						source: assemblyBallots.source
					}
				}
			: {})
	};
}

const key = Symbol('copy-data');

export function setCopyData(data: CopyData): void {
	setContext(key, data);
}

export function getCopyData(): CopyData {
	const data = getContext<CopyData | undefined>(key);
	if (!data)
		throw new Error(
			'A copy component (Fact, Quote, Cite, Seats, Ballot) was rendered outside a page that sets copy data'
		);
	return data;
}

/** Looks up a fact by id and kind, or throws naming the id, so that a typo in the copy fails the build. */
export function factOf<K extends Fact['kind']>(
	data: CopyData,
	id: string,
	kind: K
): Extract<Fact, { kind: K }> {
	const fact = data.facts[id];
	if (!fact) throw new Error(`The copy refers to fact "${id}", which is not in content/data/key-facts.json`);
	if (fact.kind !== kind)
		throw new Error(
			`The copy uses fact "${id}" as a ${kind}, but content/data/key-facts.json records a ${fact.kind}`
		);
	return fact as Extract<Fact, { kind: K }>;
}
