/**
 * The two generated files, built with their keys in the schemas' order and written as the project writes
 * JSON (tabs, one key a line, a final newline), so that the same input gives the same bytes and Prettier
 * accepts them as they are.
 */
import type {
	AssemblyBallotsFile,
	AssemblyCompositionsFile,
	Ballot,
	BallotKind,
	RecordedComposition
} from '../../../src/lib/data/schemas';
import type { BallotGroupCounts } from './groups';
import type { Scrutin } from './scrutin';

/** The source id (sources.json) of every record read from the Assembly's ballots. */
export const sourceId = 'an-scrutins-l17';

/** A ballot's page on the Assembly's site: the address each record cites. */
export const ballotPage = (ballot: number) => `https://www.assemblee-nationale.fr/dyn/17/scrutins/${ballot}`;

/** Where the records were read: the archive itself, or the project's research compilation (the seed). */
export type Origin = { kind: 'archive' } | { kind: 'research'; skipped: readonly number[] };

function generated(origin: Origin): string {
	return origin.kind === 'archive'
		? 'Generated: do not edit by hand; run npm run data:assembly.'
		: 'Generated: do not edit by hand; run npm run data:assembly to read the archive itself (with --research to seed again).';
}

function readFrom(origin: Origin): string {
	if (origin.kind === 'archive')
		return `Read from the Assembly's open-data archive of the legislature's ballots (Scrutins.json.zip, source "${sourceId}"), whose newest ballot is "newestBallot", of "asOf".`;
	const skipped = origin.skipped.length
		? ` Left out: ballot${origin.skipped.length > 1 ? 's' : ''} n° ${origin.skipped.join(', ')}, whose groups the source does not name.`
		: '';
	return `Seeded from the project's research compilation (research/assembly), itself read from jmdlab/hemicycle's normalised copy of the Assembly's open-data archive (source "${sourceId}"); "newestBallot" and "asOf" are the newest ballot of that copy, as the compilation's README gives it.${skipped}`;
}

export function compositionsNote(origin: Origin): string {
	const which =
		origin.kind === 'archive'
			? 'on the first ballot of each calendar month whose groups the Assembly names, and on the ballot from which the newest composition has held unchanged'
			: 'on the ballots the research chose (the first of each month, and a few more)';
	return `The parliamentary groups' sizes as the National Assembly's own ballot records give them (17th legislature), ${which}. "seated" is the groups' members added up; "vacant" is the full house ("totalSeats" of assembly.json) less the seated. ${readFrom(origin)} ${generated(origin)}`;
}

export function ballotsNote(origin: Origin): string {
	return `Public ballots of the National Assembly (17th legislature) that the site shows: every vote on a resolution under Article 34-1 of the Constitution (found by its title, plus those "ballotSelection" of assembly.json lists) and the foreign-affairs and defence votes "ballotSelection" lists. The counts are the Assembly's, group by group; "absent" is a group's members less those who voted or were recorded as not voting. ${readFrom(origin)} ${generated(origin)}`;
}

/** A kept ballot as assembly-ballots.json records it. */
export function ballotRecord(
	scrutin: Omit<Scrutin, 'groups' | 'nominalMismatches'>,
	kind: BallotKind,
	groups: readonly BallotGroupCounts[]
): Ballot {
	const { totals } = scrutin;
	return {
		number: scrutin.number,
		date: scrutin.date,
		kind,
		title: scrutin.title,
		result: scrutin.result,
		majority: scrutin.majority,
		requestedBy: scrutin.requestedBy,
		seated: groups.reduce((sum, g) => sum + g.members, 0),
		totals: {
			voting: totals.voting,
			cast: totals.cast,
			needed: totals.needed,
			for: totals.for,
			against: totals.against,
			abstain: totals.abstain,
			nonVoting: totals.nonVoting
		},
		groups: groups.map((g) => ({
			group: g.group,
			members: g.members,
			for: g.for,
			against: g.against,
			abstain: g.abstain,
			nonVoting: g.nonVoting,
			absent: g.absent
		})),
		sourceUrl: ballotPage(scrutin.number)
	};
}

/** The newest ballot read: both files are "as of" its date. */
export interface Newest {
	number: number;
	date: string;
}

export function compositionsFile(
	newest: Newest,
	origin: Origin,
	compositions: readonly RecordedComposition[]
): AssemblyCompositionsFile {
	return {
		asOf: newest.date,
		newestBallot: newest.number,
		note: compositionsNote(origin),
		source: sourceId,
		compositions: compositions
			.toSorted((a, b) => a.date.localeCompare(b.date))
			.map((c) => ({
				id: c.id,
				date: c.date,
				ballot: c.ballot,
				seated: c.seated,
				vacant: c.vacant,
				seats: { ...c.seats },
				sourceUrl: c.sourceUrl
			}))
	};
}

export function ballotsFile(newest: Newest, origin: Origin, ballots: readonly Ballot[]): AssemblyBallotsFile {
	return {
		asOf: newest.date,
		newestBallot: newest.number,
		note: ballotsNote(origin),
		source: sourceId,
		ballots: ballots.toSorted((a, b) => a.number - b.number)
	};
}

/** The project's JSON: tab-indented, one key a line, ending with a newline. */
export function toJson(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}
