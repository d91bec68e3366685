/**
 * Checks raw content (parsed JSON) against the schemas and the rules that span records and files:
 * unique ids, every cited source exists, seat counts add up, the Assembly's ballot records add up and
 * agree with assembly.json, survey scores lie on their scales, timeline events sit in their lanes and eras,
 * the argument graph leads every claim to its thesis, every locale has every UI string, nothing a reader
 * sees as a fact (a key fact, a party's evidence, a group or composition, a timeline event, a claim) rests
 * on weak sources alone, no dataset is dated ("asOf") after today or before the records it dates, no id or
 * key is a property every JavaScript object has, the log of changes names real pages, charts and datasets,
 * and no dataset changed since its last logged version.
 * Pure: takes file names, parsed values and today's date, so the build, the dev server and the tests share it.
 * Every failure is a ContentError whose message names the file, the record and the field.
 */
import * as v from 'valibot';
import { argumentTree, ArgumentTreeError } from '../layout/argumentTree.ts';
import { datasetFingerprint, datasetVersionProblems } from './datasetVersions.ts';
import { isIsoDay, isLater } from '../dates/partialDate.ts';
import { objectPrototypeKeyPath } from './objectKeys.ts';
import { typesetStrings } from './typography.ts';
import { checkUpdateLog, defaultLogTargets } from './updateLog.ts';
import {
	ArgumentsFileSchema,
	AssemblyBallotsFileSchema,
	AssemblyCompositionsFileSchema,
	AssemblyFileSchema,
	ChesFileSchema,
	DatasetVersionsFileSchema,
	ElectionFileSchema,
	KeyFactsFileSchema,
	MessagesSchema,
	NatoPositionsFileSchema,
	SourcesFileSchema,
	TimelineFileSchema,
	UpdatesFileSchema,
	natoStances,
	type ArgumentsFile,
	type AssemblyBallotsFile,
	type AssemblyCompositionsFile,
	type AssemblyFile,
	type ChesFile,
	type ElectionFile,
	type KeyFactsFile,
	type NatoPositionsFile,
	type SourcesFile,
	type TimelineFile,
	type UpdatesFile
} from './schemas.ts';

export class ContentError extends Error {
	override name = 'ContentError';
}

/** The validated content of `content/`: one property per dataset, plus UI strings per locale. */
export interface Content {
	sources: SourcesFile;
	keyFacts: KeyFactsFile;
	assembly: AssemblyFile;
	assemblyCompositions: AssemblyCompositionsFile;
	assemblyBallots: AssemblyBallotsFile;
	natoPositions: NatoPositionsFile;
	ches: ChesFile;
	timeline: TimelineFile;
	arguments: ArgumentsFile;
	election2024: ElectionFile;
	/** The public log of changes, newest first. */
	updates: UpdatesFile;
	messages: Record<string, Record<string, string>>;
}

/** The dataset files the project knows, by file name in `content/data/`. */
export const datasetFiles = {
	sources: 'sources.json',
	keyFacts: 'key-facts.json',
	assembly: 'assembly.json',
	assemblyCompositions: 'assembly-compositions.json',
	assemblyBallots: 'assembly-ballots.json',
	natoPositions: 'nato-positions.json',
	ches: 'ches.json',
	timeline: 'timeline.json',
	arguments: 'arguments.json',
	election2024: 'election-2024.json'
} as const;

/** The files of content/data/ that are not datasets: the log of changes and the datasets' recorded versions. */
export const logFiles = { updates: 'updates.json', versions: 'dataset-versions.json' } as const;

/** The datasets whose every change must be logged: all but the list of sources, which is a bibliography. */
export const versionedDatasets = (Object.keys(datasetFiles) as (keyof typeof datasetFiles)[]).filter(
	(key) => key !== 'sources'
);

export interface ValidateOptions {
	/** Today, YYYY-MM-DD: no log entry and no dataset's "asOf" may be dated after it. */
	today: string;
	/** Check each dataset against its recorded version (default true; the importer checks its output without). */
	checkVersions?: boolean;
}

export const defaultLocale = 'en';

type PathItem = { key?: unknown };

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** Where in a file an issue sits: the record (by id, or by number for a ballot) and the field. */
function locate(raw: unknown, path: readonly PathItem[] = []): string {
	const keys = path.map((item) => item.key);
	// Records live one level down, in a top-level array: { sources: [ {…}, … ] }.
	if (keys.length >= 2 && typeof keys[1] === 'number') {
		const collection = String(keys[0]);
		const records = (raw as Record<string, unknown>)[collection];
		const record = Array.isArray(records)
			? (records[keys[1]] as Record<string, unknown> | undefined)
			: undefined;
		const noun = collection === 'entries' ? 'entry' : 'record';
		const name =
			record && typeof record.id === 'string'
				? `${noun} ${quote(record.id)} (${collection}[${keys[1]}])`
				: record && typeof record.number === 'number'
					? `record n° ${record.number} (${collection}[${keys[1]}])`
					: `record ${collection}[${keys[1]}]`;
		const field = keys.slice(2).join('.');
		return field ? `${name}, field "${field}"` : name;
	}
	return keys.length ? `field "${keys.join('.')}"` : 'top level';
}

function describe(issue: v.BaseIssue<unknown>): string {
	const last = issue.path?.at(-1) as PathItem | undefined;
	if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
	if (issue.input === undefined && last && issue.kind === 'schema') return 'is missing';
	if (issue.kind === 'schema') return `must be ${issue.expected} (got ${issue.received})`;
	return `${issue.message} (got ${quote(issue.input)})`;
}

/** Parses `raw` with `schema`, or throws one ContentError listing every problem with its place. */
export function parseFile<T extends v.GenericSchema>(
	file: string,
	schema: T,
	raw: unknown
): v.InferOutput<T> {
	// Before the schema, which would drop some such keys from a record without a word.
	const reserved = objectPrototypeKeyPath(raw)?.map((key) => ({ key }));
	if (reserved) {
		const where = locate(raw, reserved);
		throw new ContentError(
			`${file}: ${where} is the name of a property every JavaScript object has: use another name`
		);
	}
	const result = v.safeParse(schema, raw);
	// French guillemets keep non-breaking spaces on the page, whatever spaces the file has.
	if (result.success) return typesetStrings(result.output);
	const lines = result.issues.map((issue) => `${file}: ${locate(raw, issue.path)} ${describe(issue)}`);
	throw new ContentError(lines.join('\n'));
}

/** Throws when two records of a collection share an id. */
export function checkUniqueIds(file: string, collection: string, records: readonly { id: string }[]): void {
	const seen = new Map<string, number>();
	records.forEach((record, index) => {
		const first = seen.get(record.id);
		if (first !== undefined)
			throw new ContentError(
				`${file}: record "${record.id}" (${collection}[${index}]), field "id" repeats the id of ${collection}[${first}]`
			);
		seen.set(record.id, index);
	});
}

/** Throws when a record cites a source id that the sources file does not define. */
export function checkSourceIds(
	file: string,
	where: string,
	cited: readonly string[],
	known: ReadonlySet<string>,
	field = 'sources'
): void {
	for (const sourceId of cited)
		if (!known.has(sourceId))
			throw new ContentError(
				`${file}: ${where}, field "${field}" cites unknown source "${sourceId}" (not in content/data/${datasetFiles.sources})`
			);
}

/** Throws when every source in a list is weak: a weak source may never be the only source of anything. */
export function checkNotOnlyWeak(
	file: string,
	where: string,
	cited: readonly string[],
	weak: ReadonlySet<string>,
	field = 'sources'
): void {
	if (cited.length > 0 && cited.every((sourceId) => weak.has(sourceId)))
		throw new ContentError(
			`${file}: ${where}, field "${field}" cites only weak sources (${cited.map(quote).join(', ')}); a weak source may never be the only source of anything`
		);
}

export function validateSources(file: string, raw: unknown): SourcesFile {
	const data = parseFile(file, SourcesFileSchema, raw);
	checkUniqueIds(file, 'sources', data.sources);
	return data;
}

/**
 * The key facts the story quotes. Beyond the schema: ids are unique, cited sources exist and none rests on
 * weak sources alone, no fact is dated after "asOf", and every quote not in English has our English
 * translation, and none is "translated" into its own language.
 */
export function validateKeyFacts(
	file: string,
	raw: unknown,
	sources: ReadonlySet<string>,
	weak: ReadonlySet<string>
): KeyFactsFile {
	const data = parseFile(file, KeyFactsFileSchema, raw);
	checkUniqueIds(file, 'facts', data.facts);
	data.facts.forEach((fact, i) => {
		const where = `record "${fact.id}" (facts[${i}])`;
		checkSourceIds(file, where, fact.sources, sources);
		checkNotOnlyWeak(file, where, fact.sources, weak);
		const fail = (field: string, problem: string): never => {
			throw new ContentError(`${file}: ${where}, field "${field}" ${problem}`);
		};
		if (fact.kind !== 'number' && isLater(fact.date, data.asOf))
			fail('date', `is later than "asOf" (${data.asOf})`);
		if (fact.kind === 'quote') {
			if (fact.lang !== 'en' && !fact.translations.en)
				fail('translations.en', 'is missing (every quote not in English needs our English translation)');
			if (Object.hasOwn(fact.translations, fact.lang))
				fail(`translations.${fact.lang}`, 'translates the quote into its own language');
		}
	});
	return data;
}

/**
 * The Assembly's groups and the compositions not read from its records. Beyond the schema: ids are unique,
 * cited sources exist and none rests on weak sources alone, no organeRef belongs to two groups, each
 * composition gives every group's seats and no other's, adding up to "totalSeats", and none is dated after
 * "asOf".
 */
export function validateAssembly(
	file: string,
	raw: unknown,
	sources: ReadonlySet<string>,
	weak: ReadonlySet<string>
): AssemblyFile {
	const data = parseFile(file, AssemblyFileSchema, raw);
	checkUniqueIds(file, 'groups', data.groups);
	checkUniqueIds(file, 'compositions', data.compositions);
	checkSourceIds(file, 'top level', data.totalSeatsSources, sources, 'totalSeatsSources');
	checkNotOnlyWeak(file, 'top level', data.totalSeatsSources, weak, 'totalSeatsSources');
	data.groups.forEach((g, i) => {
		const where = `record "${g.id}" (groups[${i}])`;
		checkSourceIds(file, where, g.sources, sources);
		checkNotOnlyWeak(file, where, g.sources, weak);
	});
	const organeRefs = new Map<string, string>();
	data.groups.forEach((g, i) =>
		g.organeRefs.forEach((ref, j) => {
			const owner = organeRefs.get(ref);
			if (owner !== undefined)
				throw new ContentError(
					`${file}: record "${g.id}" (groups[${i}]), field "organeRefs.${j}" repeats "${ref}", already an organeRef of group "${owner}"`
				);
			organeRefs.set(ref, g.id);
		})
	);
	const groupIds = new Set(data.groups.map((g) => g.id));
	data.compositions.forEach((c, i) => {
		const where = `record "${c.id}" (compositions[${i}])`;
		checkSourceIds(file, where, c.sources, sources);
		checkNotOnlyWeak(file, where, c.sources, weak);
		for (const groupId of Object.keys(c.seats))
			if (!groupIds.has(groupId))
				throw new ContentError(`${file}: ${where}, field "seats.${groupId}" names a group not in "groups"`);
		for (const groupId of groupIds)
			if (!Object.hasOwn(c.seats, groupId))
				throw new ContentError(
					`${file}: ${where}, field "seats.${groupId}" is missing (write 0 if the group had no seats)`
				);
		if (isLater(c.date, data.asOf))
			throw new ContentError(`${file}: ${where}, field "date" is later than "asOf" (${data.asOf})`);
		const filled = Object.values(c.seats).reduce((a, b) => a + b, 0);
		if (filled + c.vacant !== data.totalSeats)
			throw new ContentError(
				`${file}: ${where}, field "seats" adds up to ${filled} seats + ${c.vacant} vacant = ${filled + c.vacant}, not the ${data.totalSeats} of "totalSeats"`
			);
	});
	return data;
}

/** The page of a ballot on the Assembly's site ends with its number. */
const isBallotPage = (url: string, ballot: number) => url.endsWith(`/scrutins/${ballot}`);

/** Throws unless a generated file's "source" is a known source id. */
function checkSource(file: string, source: string, sources: ReadonlySet<string>): void {
	checkSourceIds(file, 'top level', [source], sources, 'source');
}

/**
 * The groups' sizes read from the Assembly's ballot records (written by `npm run data:assembly`). Beyond the
 * schema: one composition per day, named by its date, oldest first, with ballot numbers rising with the
 * dates; every group of assembly.json is there and no other; the seats add up to "seated", and "seated" plus
 * "vacant" to the full house; each record links to its ballot's page; nothing is newer than "asOf" and
 * "newestBallot"; the source exists.
 */
export function validateAssemblyCompositions(
	file: string,
	raw: unknown,
	sources: ReadonlySet<string>,
	assembly: AssemblyFile
): AssemblyCompositionsFile {
	const data = parseFile(file, AssemblyCompositionsFileSchema, raw);
	checkUniqueIds(file, 'compositions', data.compositions);
	checkSource(file, data.source, sources);
	const groupIds = assembly.groups.map((g) => g.id);
	data.compositions.forEach((c, i) => {
		const fail = (field: string, problem: string): never => {
			throw new ContentError(`${file}: record "${c.id}" (compositions[${i}]), field "${field}" ${problem}`);
		};
		if (c.id !== c.date) fail('id', `must be the composition's date, "${c.date}"`);
		const previous = data.compositions[i - 1];
		if (previous && c.date <= previous.date)
			fail('date', `must be later than that of compositions[${i - 1}] (${previous.date}): oldest first`);
		if (previous && c.ballot <= previous.ballot)
			fail('ballot', `must be greater than that of compositions[${i - 1}] (n° ${previous.ballot})`);
		for (const groupId of Object.keys(c.seats))
			if (!groupIds.includes(groupId))
				fail(`seats.${groupId}`, `names a group not in content/data/${datasetFiles.assembly}`);
		for (const groupId of groupIds)
			if (!Object.hasOwn(c.seats, groupId))
				fail(`seats.${groupId}`, 'is missing (write 0 if the group had no seats)');
		const filled = Object.values(c.seats).reduce((a, b) => a + b, 0);
		if (filled !== c.seated) fail('seats', `adds up to ${filled} seats, not the ${c.seated} of "seated"`);
		if (c.seated + c.vacant !== assembly.totalSeats)
			fail(
				'vacant',
				`plus "seated" makes ${c.seated} + ${c.vacant} = ${c.seated + c.vacant}, not the ${assembly.totalSeats} of "totalSeats" in content/data/${datasetFiles.assembly}`
			);
		if (!isBallotPage(c.sourceUrl, c.ballot)) fail('sourceUrl', `must be the page of ballot n° ${c.ballot}`);
		if (c.date > data.asOf) fail('date', `is later than "asOf" (${data.asOf})`);
		if (c.ballot > data.newestBallot)
			fail('ballot', `is newer than "newestBallot" (n° ${data.newestBallot})`);
	});
	return data;
}

/** Whether a ballot's majority is one of the votes cast ("Majorité absolue des suffrages exprimés"). */
const ofVotesCast = (majority: string) => /suffrages exprimés/i.test(majority.normalize('NFC'));

/**
 * The ballots read from the Assembly's records (written by `npm run data:assembly`). Beyond the schema:
 * ballots are listed by number, dates never going back, and none is newer than "asOf" and "newestBallot";
 * every group is a group of assembly.json, at most once per ballot; each group's deputies add up to its
 * members, the members to "seated", and the groups' votes to the totals; votes cast are for plus against,
 * deputies voting are votes cast plus abstentions; on a majority of the votes cast, the votes needed are
 * half the votes cast plus one (rounded down); "adopted" exactly when the votes for reach the votes
 * needed; each record links to its ballot's page; the source exists.
 */
export function validateAssemblyBallots(
	file: string,
	raw: unknown,
	sources: ReadonlySet<string>,
	assembly: AssemblyFile
): AssemblyBallotsFile {
	const data = parseFile(file, AssemblyBallotsFileSchema, raw);
	checkSource(file, data.source, sources);
	const groupIds = new Set(assembly.groups.map((g) => g.id));
	const numbers = new Map<number, number>();
	data.ballots.forEach((b, i) => {
		const fail = (field: string, problem: string): never => {
			throw new ContentError(`${file}: record n° ${b.number} (ballots[${i}]), field "${field}" ${problem}`);
		};
		const first = numbers.get(b.number);
		if (first !== undefined) fail('number', `repeats the number of ballots[${first}]`);
		numbers.set(b.number, i);
		const previous = data.ballots[i - 1];
		if (previous && b.number < previous.number)
			fail(
				'number',
				`is smaller than that of ballots[${i - 1}] (n° ${previous.number}): list ballots by number`
			);
		if (previous && b.date < previous.date)
			fail('date', `is earlier than that of ballots[${i - 1}], n° ${previous.number} (${previous.date})`);
		if (b.date > data.asOf) fail('date', `is later than "asOf" (${data.asOf})`);
		if (b.number > data.newestBallot)
			fail('number', `is newer than "newestBallot" (n° ${data.newestBallot})`);
		if (!isBallotPage(b.sourceUrl, b.number)) fail('sourceUrl', `must be the page of ballot n° ${b.number}`);
		const seen = new Map<string, number>();
		const sum = { members: 0, for: 0, against: 0, abstain: 0, nonVoting: 0 };
		b.groups.forEach((g, j) => {
			if (!groupIds.has(g.group))
				fail(`groups.${j}.group`, `names "${g.group}", not a group of content/data/${datasetFiles.assembly}`);
			const repeated = seen.get(g.group);
			if (repeated !== undefined)
				fail(`groups.${j}.group`, `repeats group "${g.group}" of groups.${repeated}`);
			seen.set(g.group, j);
			const counted = g.for + g.against + g.abstain + g.nonVoting + g.absent;
			if (counted !== g.members)
				fail(
					`groups.${j}`,
					`counts ${g.for} for + ${g.against} against + ${g.abstain} abstaining + ${g.nonVoting} not voting + ${g.absent} absent = ${counted} deputies, not the group's ${g.members} members`
				);
			for (const key of ['members', 'for', 'against', 'abstain', 'nonVoting'] as const) sum[key] += g[key];
		});
		if (sum.members !== b.seated)
			fail('groups', `add up to ${sum.members} members, not the ${b.seated} of "seated"`);
		const { totals } = b;
		for (const key of ['for', 'against', 'abstain', 'nonVoting'] as const)
			if (sum[key] !== totals[key])
				fail(`totals.${key}`, `is ${totals[key]}, but the groups' "${key}" add up to ${sum[key]}`);
		if (totals.cast !== totals.for + totals.against)
			fail('totals.cast', `is ${totals.cast}, not "for" + "against" (${totals.for + totals.against})`);
		if (totals.voting !== totals.cast + totals.abstain)
			fail('totals.voting', `is ${totals.voting}, not "cast" + "abstain" (${totals.cast + totals.abstain})`);
		const needed = Math.floor(totals.cast / 2) + 1;
		if (ofVotesCast(b.majority) && totals.needed !== needed)
			fail('totals.needed', `is ${totals.needed}, but a majority of ${totals.cast} votes cast is ${needed}`);
		const passed = totals.for >= totals.needed;
		if ((b.result === 'adopted') !== passed)
			fail(
				'result',
				`is "${b.result}", but the votes for (${totals.for}) ${passed ? 'reach' : 'fall short of'} the ${totals.needed} needed`
			);
	});
	return data;
}

/**
 * What ties assembly.json to the two files read from the ballot records: every ballot number it names
 * (labels, the closest precedent, the editor's selection) is in assembly-ballots.json, with the right kind;
 * the selection names no ballot twice; a "foreign-defence" ballot is one the selection names; both files
 * were read from the same archive; and a composition read from a ballot of the ballots file gives that
 * ballot's group sizes.
 */
export function checkAssemblyRecords(
	paths: { assembly: string; compositions: string; ballots: string },
	assembly: AssemblyFile,
	compositions: AssemblyCompositionsFile,
	ballots: AssemblyBallotsFile
): void {
	const byNumber = new Map(ballots.ballots.map((b, i) => [b.number, { ballot: b, index: i }]));
	const ballotsFile = `content/data/${datasetFiles.assemblyBallots}`;
	const rerun = 'run npm run data:assembly';
	const fail = (field: string, problem: string): never => {
		throw new ContentError(`${paths.assembly}: field "${field}" ${problem}`);
	};
	for (const key of Object.keys(assembly.ballotLabels))
		if (!byNumber.has(Number(key)))
			fail(`ballotLabels.${key}`, `names ballot n° ${key}, which is not in ${ballotsFile}`);
	const precedent = byNumber.get(assembly.closestPrecedent);
	if (!precedent)
		fail('closestPrecedent', `names ballot n° ${assembly.closestPrecedent}, which is not in ${ballotsFile}`);
	else if (precedent.ballot.kind !== 'resolution-34-1')
		fail(
			'closestPrecedent',
			`names ballot n° ${assembly.closestPrecedent}, of kind "${precedent.ballot.kind}", not a resolution under Article 34-1`
		);
	const selected = new Map<number, string>();
	for (const [kind, list] of Object.entries(assembly.ballotSelection))
		list.forEach((n, j) => {
			const field = `ballotSelection.${kind}.${j}`;
			const other = selected.get(n);
			if (other !== undefined)
				fail(field, `names ballot n° ${n} again (already in "ballotSelection.${other}")`);
			selected.set(n, kind);
			const found = byNumber.get(n);
			if (!found) fail(field, `names ballot n° ${n}, which is not in ${ballotsFile} (${rerun})`);
			else if (found.ballot.kind !== kind)
				fail(field, `names ballot n° ${n}, which ${ballotsFile} gives as "${found.ballot.kind}" (${rerun})`);
		});
	ballots.ballots.forEach((b, i) => {
		if (b.kind === 'foreign-defence' && selected.get(b.number) !== 'foreign-defence')
			throw new ContentError(
				`${paths.ballots}: record n° ${b.number} (ballots[${i}]), field "kind" is "foreign-defence", but "ballotSelection.foreign-defence" of content/data/${datasetFiles.assembly} does not name it (${rerun})`
			);
	});
	for (const field of ['asOf', 'newestBallot'] as const)
		if (compositions[field] !== ballots[field])
			throw new ContentError(
				`${paths.compositions}: field "${field}" is ${quote(compositions[field])}, but that of ${ballotsFile} is ${quote(ballots[field])}: both are read from the same archive (${rerun})`
			);
	compositions.compositions.forEach((c, i) => {
		const found = byNumber.get(c.ballot);
		if (!found) return;
		for (const g of found.ballot.groups)
			if (c.seats[g.group] !== g.members)
				throw new ContentError(
					`${paths.compositions}: record "${c.id}" (compositions[${i}]), field "seats.${g.group}" is ${c.seats[g.group]}, but ballot n° ${c.ballot} in ${ballotsFile} gives the group ${g.members} members`
				);
	});
}

/**
 * An election result by alliance. Beyond the schema: the election is no later than "asOf", ids are unique,
 * cited sources exist, each colour borrows a group of assembly.json, and the seats add up to "totalSeats".
 */
export function validateElection(
	file: string,
	raw: unknown,
	sources: ReadonlySet<string>,
	groups: ReadonlySet<string>,
	weak: ReadonlySet<string>
): ElectionFile {
	const data = parseFile(file, ElectionFileSchema, raw);
	if (isLater(data.date, data.asOf))
		throw new ContentError(`${file}: field "date" is later than "asOf" (${data.asOf})`);
	checkUniqueIds(file, 'alliances', data.alliances);
	data.alliances.forEach((a, i) => {
		const where = `record "${a.id}" (alliances[${i}])`;
		checkSourceIds(file, where, a.sources, sources);
		checkNotOnlyWeak(file, where, a.sources, weak);
		if (!groups.has(a.colourGroup))
			throw new ContentError(
				`${file}: ${where}, field "colourGroup" names "${a.colourGroup}", not a group of content/data/assembly.json`
			);
	});
	const seats = data.alliances.reduce((sum, a) => sum + a.seats, 0);
	if (seats !== data.totalSeats)
		throw new ContentError(
			`${file}: field "alliances" adds up to ${seats} seats, not the ${data.totalSeats} of "totalSeats"`
		);
	return data;
}

/**
 * Where parties stand on NATO. Beyond the schema: the scale lists every stance in order, party ids are
 * unique, groups exist in assembly.json and have at most one main party, the stance basis fits the
 * stance, a known stance has evidence, quotes not in English are translated, cited sources exist, no item
 * of evidence or history rests on weak sources alone, and no date is later than "asOf".
 */
export function validateNatoPositions(
	file: string,
	raw: unknown,
	sources: ReadonlySet<string>,
	groups: ReadonlySet<string>,
	weak: ReadonlySet<string>
): NatoPositionsFile {
	const data = parseFile(file, NatoPositionsFileSchema, raw);
	const scale = data.scale.map((step) => step.id);
	if (scale.join() !== natoStances.join())
		throw new ContentError(
			`${file}: field "scale" must list the stances ${natoStances.join(', ')} in this order (got ${scale.join(', ') || 'none'})`
		);
	checkUniqueIds(file, 'parties', data.parties);
	const mainParties = new Map<string, number>();
	const afterAsOf = (date: string) => isLater(date, data.asOf);
	data.parties.forEach((party, i) => {
		const where = `record "${party.id}" (parties[${i}])`;
		const fail = (field: string, problem: string) => {
			throw new ContentError(`${file}: ${where}, field "${field}" ${problem}`);
		};
		if (party.group !== null && !groups.has(party.group))
			fail('group', `names a group not in content/data/${datasetFiles.assembly}`);
		if (party.mainPartyOfGroup) {
			if (party.group === null) fail('mainPartyOfGroup', 'is true, but the party has no group');
			else {
				const first = mainParties.get(party.group);
				if (first !== undefined)
					fail(
						'mainPartyOfGroup',
						`makes it a second main party of group "${party.group}" (after parties[${first}])`
					);
				mainParties.set(party.group, i);
			}
		}
		const unknown = party.stance === 'unknown';
		if (unknown !== (party.stanceBasis === 'none'))
			fail(
				'stanceBasis',
				unknown
					? 'must be "none" when the stance is "unknown"'
					: 'may be "none" only when the stance is "unknown"'
			);
		if (party.stanceBasis !== 'seen' && !party.stanceNote)
			fail('stanceNote', `is missing (say why, since "stanceBasis" is "${party.stanceBasis}")`);
		if (!unknown && party.evidence.length === 0)
			fail('evidence', `must hold at least one item when the stance is "${party.stance}"`);
		party.evidence.forEach((item, j) => {
			checkSourceIds(file, where, item.sources, sources, `evidence.${j}.sources`);
			checkNotOnlyWeak(file, where, item.sources, weak, `evidence.${j}.sources`);
			if (item.lang !== 'en' && !item.translations.en)
				fail(
					`evidence.${j}.translations.en`,
					'is missing (every text not in English needs our English translation)'
				);
			if (Object.hasOwn(item.translations, item.lang))
				fail(`evidence.${j}.translations.${item.lang}`, 'translates the text into its own language');
			if (afterAsOf(item.date)) fail(`evidence.${j}.date`, `is later than "asOf" (${data.asOf})`);
		});
		party.history.forEach((entry, j) => {
			checkSourceIds(file, where, entry.sources, sources, `history.${j}.sources`);
			checkNotOnlyWeak(file, where, entry.sources, weak, `history.${j}.sources`);
			if (entry.stance === 'unknown')
				fail(`history.${j}.stance`, 'must be a documented stance, not "unknown"');
			if (entry.to !== undefined && isLater(entry.from, entry.to))
				fail(`history.${j}.to`, `is earlier than "from" (${entry.from})`);
			for (const key of ['from', 'to'] as const) {
				const date = entry[key];
				if (date !== undefined && afterAsOf(date))
					fail(`history.${j}.${key}`, `is later than "asOf" (${data.asOf})`);
			}
		});
	});
	return data;
}

/** The entries of a record whose optional keys may be absent, leaving out the absent ones. */
function present<T>(record: Partial<Record<string, T>>): [string, T][] {
	return Object.entries(record).filter((entry): entry is [string, T] => entry[1] !== undefined);
}

/**
 * Expert-survey (CHES) placements of parties. Beyond the schema: item, wave and party ids are unique and
 * so are CHES party ids; an item's range is not empty and it names declared waves; every party is in
 * nato-positions.json; every score and spread sits under a declared wave and names an item asked in that
 * wave; scores lie within the item's range and a spread (a standard deviation) within half of it; every
 * spread has its score; the survey's party names cover exactly the waves scored; cited sources exist.
 */
export function validateChes(
	file: string,
	raw: unknown,
	sources: ReadonlySet<string>,
	parties: ReadonlySet<string>,
	weak: ReadonlySet<string>
): ChesFile {
	const data = parseFile(file, ChesFileSchema, raw);
	checkUniqueIds(file, 'items', data.items);
	checkUniqueIds(file, 'waves', data.waves);
	checkUniqueIds(file, 'parties', data.parties);
	const waves = new Set<string>(data.waves.map((wave) => wave.id));
	data.waves.forEach((wave, i) => {
		checkSourceIds(file, `record "${wave.id}" (waves[${i}])`, wave.sources, sources);
		checkNotOnlyWeak(file, `record "${wave.id}" (waves[${i}])`, wave.sources, weak);
	});
	data.items.forEach((item, i) => {
		const where = `record "${item.id}" (items[${i}])`;
		checkSourceIds(file, where, item.sources, sources);
		checkNotOnlyWeak(file, where, item.sources, weak);
		if (item.max <= item.min)
			throw new ContentError(
				`${file}: ${where}, field "max" must be greater than "min" (${item.min}) (got ${item.max})`
			);
		item.waves.forEach((wave, j) => {
			if (!waves.has(wave))
				throw new ContentError(`${file}: ${where}, field "waves.${j}" names a wave not in "waves"`);
			if (item.waves.indexOf(wave) !== j)
				throw new ContentError(`${file}: ${where}, field "waves.${j}" repeats wave "${wave}"`);
		});
	});
	const items = new Map<string, { min: number; max: number; waves: Set<string> }>(
		data.items.map((item) => [item.id, { ...item, waves: new Set(item.waves) }])
	);
	const chesIds = new Map<number, number>();
	data.parties.forEach((party, i) => {
		const fail = (field: string, problem: string): never => {
			throw new ContentError(`${file}: record "${party.id}" (parties[${i}]), field "${field}" ${problem}`);
		};
		if (!parties.has(party.id)) fail('id', `names a party not in content/data/${datasetFiles.natoPositions}`);
		const first = chesIds.get(party.chesId);
		if (first !== undefined) fail('chesId', `repeats the CHES id of parties[${first}]`);
		chesIds.set(party.chesId, i);
		/** The item behind `values[key]` in wave `wave`, once wave and item are known to fit. */
		const itemFor = (field: string, wave: string, key: string) => {
			if (!waves.has(wave)) fail(`${field}.${wave}`, 'names a wave not in "waves"');
			const item = items.get(key) ?? fail(`${field}.${wave}.${key}`, 'names an item not in "items"');
			if (!item.waves.has(wave))
				fail(`${field}.${wave}.${key}`, `names an item that "items" does not list for wave "${wave}"`);
			return item;
		};
		const scored = present(party.scores);
		if (scored.length === 0) fail('scores', 'must hold at least one wave');
		for (const [wave, values] of scored) {
			if (!waves.has(wave)) fail(`scores.${wave}`, 'names a wave not in "waves"');
			if (party.chesName[wave as keyof typeof party.chesName] === undefined)
				fail(`chesName.${wave}`, 'is missing (the party has scores in that wave)');
			const entries = present(values);
			if (entries.length === 0) fail(`scores.${wave}`, 'must hold at least one item');
			for (const [key, value] of entries) {
				const { min, max } = itemFor('scores', wave, key);
				if (value < min || value > max)
					fail(
						`scores.${wave}.${key}`,
						`must be between ${min} and ${max}, the range of item "${key}" (got ${value})`
					);
			}
		}
		for (const [wave] of present(party.chesName))
			if (party.scores[wave as keyof typeof party.scores] === undefined)
				fail(`chesName.${wave}`, 'names a wave the party has no scores in');
		for (const [wave, values] of present(party.spread ?? {}))
			for (const [key, value] of present(values)) {
				const { min, max } = itemFor('spread', wave, key);
				const scores = party.scores[wave as keyof typeof party.scores];
				if (scores?.[key as keyof typeof scores] === undefined)
					fail(`spread.${wave}.${key}`, `has no score in "scores.${wave}.${key}"`);
				if (value > (max - min) / 2)
					fail(
						`spread.${wave}.${key}`,
						`must be at most ${(max - min) / 2}, half the range of item "${key}" (got ${value})`
					);
			}
	});
	return data;
}

/** The instant (UTC ms) at which a partial date's period starts: `'1966'` → 1 January 1966. */
function periodStart(date: string): number {
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
	return Date.UTC(year, month - 1, day);
}

/** The instant at which a partial date's period ends, when the next one starts: `'1966'` → 1 January 1967. */
function periodEnd(date: string): number {
	const [year = 0, month, day] = date.split('-').map(Number);
	if (month === undefined) return Date.UTC(year + 1, 0, 1);
	if (day === undefined) return Date.UTC(year, month, 1);
	return Date.UTC(year, month - 1, day + 1);
}

/**
 * The timeline of US actions, France and NATO, and Europe's response. Beyond the schema: lane, category,
 * era and event ids are unique; eras run oldest first, each starting in the period right after the one
 * before ends (no overlap, no gap), and none ends before it starts; every event names a known lane and
 * category, ends after it starts, lies within the eras and not after "asOf", and comes no earlier than the
 * event before it; an event cited by the motion says where ("motionSources"), and only such an event does;
 * cited sources exist, and no list of sources is made of weak sources alone.
 */
export function validateTimeline(
	file: string,
	raw: unknown,
	sources: ReadonlySet<string>,
	weak: ReadonlySet<string>
): TimelineFile {
	const data = parseFile(file, TimelineFileSchema, raw);
	checkUniqueIds(file, 'lanes', data.lanes);
	checkUniqueIds(file, 'categories', data.categories);
	checkUniqueIds(file, 'eras', data.eras);
	checkUniqueIds(file, 'events', data.events);
	data.eras.forEach((era, i) => {
		const fail = (field: string, problem: string): never => {
			throw new ContentError(`${file}: record "${era.id}" (eras[${i}]), field "${field}" ${problem}`);
		};
		if (periodStart(era.end) < periodStart(era.start)) fail('end', `is earlier than "start" (${era.start})`);
		const previous = data.eras[i - 1];
		if (previous === undefined) return;
		const before = `era "${previous.id}" (eras[${i - 1}]), whose "end" is ${previous.end}`;
		const gap = periodStart(era.start) - periodEnd(previous.end);
		if (gap < 0)
			fail('start', `overlaps ${before}: list eras oldest first, each starting right after the last`);
		if (gap > 0) fail('start', `leaves a gap after ${before}: start it in the period right after`);
	});
	const lanes = new Set(data.lanes.map((lane) => lane.id));
	const categories = new Set(data.categories.map((category) => category.id));
	const first = data.eras[0]!;
	const last = data.eras[data.eras.length - 1]!;
	data.events.forEach((event, i) => {
		const where = `record "${event.id}" (events[${i}])`;
		const fail = (field: string, problem: string): never => {
			throw new ContentError(`${file}: ${where}, field "${field}" ${problem}`);
		};
		if (!lanes.has(event.lane)) fail('lane', 'names a lane not in "lanes"');
		if (!categories.has(event.category)) fail('category', 'names a category not in "categories"');
		if (event.endDate !== undefined && !isLater(event.endDate, event.date))
			fail('endDate', `must be later than "date" (${event.date}) (got "${event.endDate}")`);
		const lastField = event.endDate === undefined ? 'date' : 'endDate';
		const lastDate = event.endDate ?? event.date;
		if (periodStart(event.date) < periodStart(first.start))
			fail('date', `is before the first era, "${first.id}", which starts in ${first.start}`);
		if (periodEnd(lastDate) > periodEnd(last.end))
			fail(lastField, `is after the last era, "${last.id}", which ends in ${last.end}`);
		if (isLater(lastDate, data.asOf)) fail(lastField, `is later than "asOf" (${data.asOf})`);
		const previous = data.events[i - 1];
		if (previous !== undefined && isLater(previous.date, event.date))
			fail(
				'date',
				`is earlier than that of the event before it, "${previous.id}" (${previous.date}): list events oldest first`
			);
		if (event.citedByMotion && event.motionSources === undefined)
			fail('motionSources', 'is missing (say where the motion cites it, since "citedByMotion" is true)');
		if (!event.citedByMotion && event.motionSources !== undefined)
			fail('motionSources', 'must be left out when "citedByMotion" is false');
		const lists: [string, readonly string[]][] = [
			['sources', event.sources],
			['motionSources', event.motionSources ?? []],
			['disagreement.sources', event.disagreement?.sources ?? []]
		];
		for (const [field, cited] of lists) {
			checkSourceIds(file, where, cited, sources, field);
			checkNotOnlyWeak(file, where, cited, weak, field);
		}
	});
	return data;
}

/**
 * The argument graph of the debate. Beyond the schema: claim ids are unique and differ from the thesis's;
 * every target is the thesis or a claim, and an undercut targets a claim; following targets never loops
 * and always reaches the thesis; parties exist in nato-positions.json and events in timeline.json; cited
 * sources exist; neither a claim nor any one attribution or correction rests on weak sources alone; every
 * quote not in English has our English translation, and none is "translated" into its own language; no
 * attribution given to the day is later than "asOf".
 */
export function validateArguments(
	file: string,
	raw: unknown,
	sources: ReadonlySet<string>,
	weak: ReadonlySet<string>,
	parties: ReadonlySet<string>,
	events: ReadonlySet<string>
): ArgumentsFile {
	const data = parseFile(file, ArgumentsFileSchema, raw);
	const { claims, thesis } = data;
	checkUniqueIds(file, 'claims', claims);
	const index = new Map(claims.map((claim, i) => [claim.id, i]));
	const where = (id: string) => `record "${id}" (claims[${index.get(id)}])`;
	const fail = (id: string, field: string, problem: string): never => {
		throw new ContentError(`${file}: ${where(id)}, field "${field}" ${problem}`);
	};
	try {
		// The charts' model of the graph: what it refuses, no chart can draw.
		argumentTree(thesis, claims);
	} catch (error) {
		if (!(error instanceof ArgumentTreeError)) throw error;
		const { problem } = error;
		switch (problem.kind) {
			case 'repeated-id':
				// checkUniqueIds has refused two claims with one id: the id repeated is the thesis's.
				return fail(problem.claim, 'id', `is the thesis's id ("${thesis.id}"); a claim needs its own id`);
			case 'unknown-relation':
				// The schema refuses it first; worded as the schema would, should that ever change.
				return fail(
					problem.claim,
					'relation',
					`must be ("support" | "attack" | "undercut") (got "${problem.relation}")`
				);
			case 'unknown-target':
				return fail(
					problem.claim,
					'target',
					`names "${problem.target}", which is neither the thesis ("${thesis.id}") nor a claim in "claims"`
				);
			case 'undercut-of-thesis':
				return fail(
					problem.claim,
					'target',
					'is the thesis, which an undercut cannot target: an undercut attacks the step from a claim to its own target, so it targets a claim (to argue against the thesis itself, use "attack")'
				);
			case 'cycle': {
				const loop = [...problem.cycle, problem.claim].map((id) => `"${id}"`).join(' → ');
				return fail(
					problem.claim,
					'target',
					`closes a cycle: ${loop}; every chain of targets must end at the thesis`
				);
			}
		}
	}
	for (const claim of claims) {
		claim.attributions.forEach((attribution, j) => {
			const field = `attributions.${j}`;
			// "asOf" is the newest attribution given to the day; one given to the month may run past it.
			if (isIsoDay(attribution.date) && attribution.date > data.asOf)
				fail(claim.id, `${field}.date`, `is later than "asOf" (${data.asOf})`);
			if (attribution.party !== null && !parties.has(attribution.party))
				fail(claim.id, `${field}.party`, `names a party not in content/data/${datasetFiles.natoPositions}`);
			checkSourceIds(file, where(claim.id), attribution.sources, sources, `${field}.sources`);
			const { quote } = attribution;
			if (quote.lang !== 'en' && !quote.translations.en)
				fail(
					claim.id,
					`${field}.quote.translations.en`,
					'is missing (every quote not in English needs our English translation)'
				);
			if (Object.hasOwn(quote.translations, quote.lang))
				fail(
					claim.id,
					`${field}.quote.translations.${quote.lang}`,
					'translates the quote into its own language'
				);
		});
		claim.events?.forEach((event, j) => {
			if (!events.has(event))
				fail(claim.id, `events.${j}`, `names an event not in content/data/${datasetFiles.timeline}`);
		});
		if (claim.correction)
			checkSourceIds(file, where(claim.id), claim.correction.sources, sources, 'correction.sources');
		const cited = new Set([
			...claim.attributions.flatMap((attribution) => attribution.sources),
			...(claim.correction?.sources ?? [])
		]);
		checkNotOnlyWeak(file, where(claim.id), [...cited], weak, 'attributions');
		claim.attributions.forEach((attribution, j) =>
			checkNotOnlyWeak(file, where(claim.id), attribution.sources, weak, `attributions.${j}.sources`)
		);
		if (claim.correction)
			checkNotOnlyWeak(file, where(claim.id), claim.correction.sources, weak, 'correction.sources');
	}
	return data;
}

/**
 * The public log of changes. Beyond the schema: ids unique, entries newest first and none after `today`, every
 * page, chart and dataset named exists, each entry names what it affects, and a correction says why.
 */
export function validateUpdates(file: string, raw: unknown, today: string): UpdatesFile {
	const data = parseFile(file, UpdatesFileSchema, raw);
	checkUpdateLog(data, today, defaultLogTargets(Object.keys(datasetFiles)), (i, field, problem) => {
		throw new ContentError(
			`${file}: entry "${data.entries[i]!.id}" (entries[${i}]), field "${field}" ${problem}`
		);
	});
	return data;
}

/** Checks each locale's UI strings; every locale must define exactly the default locale's keys. */
export function validateMessages(files: Record<string, unknown>): Record<string, Record<string, string>> {
	const byLocale: Record<string, Record<string, string>> = {};
	for (const [file, raw] of Object.entries(files)) {
		const locale = /content\/([a-z]{2})\/messages\.json$/.exec(file)?.[1];
		if (!locale) throw new ContentError(`${file}: message files must be content/<locale>/messages.json`);
		byLocale[locale] = parseFile(file, MessagesSchema, raw);
	}
	const reference = byLocale[defaultLocale];
	if (!reference)
		throw new ContentError(
			`content/${defaultLocale}/messages.json: the default locale's UI strings are missing`
		);
	for (const [locale, messages] of Object.entries(byLocale)) {
		const file = `content/${locale}/messages.json`;
		for (const key of Object.keys(reference))
			if (!Object.hasOwn(messages, key)) throw new ContentError(`${file}: field "${key}" is missing`);
		for (const key of Object.keys(messages))
			if (!Object.hasOwn(reference, key))
				throw new ContentError(`${file}: field "${key}" is not in content/${defaultLocale}/messages.json`);
	}
	return byLocale;
}

/**
 * Validates all of `content/`. `data` maps paths like `content/data/sources.json` to parsed JSON;
 * `messages` maps `content/<locale>/messages.json` to parsed JSON. A data file without a schema is an error.
 */
export function validateContent(
	data: Record<string, unknown>,
	messages: Record<string, unknown>,
	options: ValidateOptions
): Content {
	const byName = new Map(Object.entries(data).map(([path, raw]) => [path.split('/').pop()!, { path, raw }]));
	const known = new Set<string>([...Object.values(datasetFiles), ...Object.values(logFiles)]);
	for (const [name, { path }] of byName)
		if (!known.has(name))
			throw new ContentError(
				`${path}: no schema is registered for this data file (see src/lib/data/validate.ts)`
			);
	const take = (name: string) => {
		const file = byName.get(name);
		if (!file) throw new ContentError(`content/data/${name}: the file is missing`);
		return file;
	};
	const sourcesFile = take(datasetFiles.sources);
	const sources = validateSources(sourcesFile.path, sourcesFile.raw);
	const sourceIds = new Set(sources.sources.map((s) => s.id));
	const weakSourceIds = new Set(sources.sources.filter((s) => s.reliability === 'weak').map((s) => s.id));
	const facts = take(datasetFiles.keyFacts);
	const keyFacts = validateKeyFacts(facts.path, facts.raw, sourceIds, weakSourceIds);
	const assemblyFile = take(datasetFiles.assembly);
	const assembly = validateAssembly(assemblyFile.path, assemblyFile.raw, sourceIds, weakSourceIds);
	const groupIds = new Set(assembly.groups.map((g) => g.id));
	const compositionsFile = take(datasetFiles.assemblyCompositions);
	const assemblyCompositions = validateAssemblyCompositions(
		compositionsFile.path,
		compositionsFile.raw,
		sourceIds,
		assembly
	);
	const ballotsFile = take(datasetFiles.assemblyBallots);
	const assemblyBallots = validateAssemblyBallots(ballotsFile.path, ballotsFile.raw, sourceIds, assembly);
	checkAssemblyRecords(
		{ assembly: assemblyFile.path, compositions: compositionsFile.path, ballots: ballotsFile.path },
		assembly,
		assemblyCompositions,
		assemblyBallots
	);
	const nato = take(datasetFiles.natoPositions);
	const natoPositions = validateNatoPositions(nato.path, nato.raw, sourceIds, groupIds, weakSourceIds);
	const partyIds = new Set(natoPositions.parties.map((p) => p.id));
	const chesFile = take(datasetFiles.ches);
	const ches = validateChes(chesFile.path, chesFile.raw, sourceIds, partyIds, weakSourceIds);
	const timelineFile = take(datasetFiles.timeline);
	const timeline = validateTimeline(timelineFile.path, timelineFile.raw, sourceIds, weakSourceIds);
	const eventIds = new Set(timeline.events.map((e) => e.id));
	const argumentsFile = take(datasetFiles.arguments);
	const electionFile = take(datasetFiles.election2024);
	const content: Content = {
		sources,
		keyFacts,
		assembly,
		assemblyCompositions,
		assemblyBallots,
		natoPositions,
		ches,
		timeline,
		arguments: validateArguments(
			argumentsFile.path,
			argumentsFile.raw,
			sourceIds,
			weakSourceIds,
			partyIds,
			eventIds
		),
		election2024: validateElection(electionFile.path, electionFile.raw, sourceIds, groupIds, weakSourceIds),
		updates: { entries: [] },
		messages: validateMessages(messages)
	};
	for (const key of Object.keys(datasetFiles) as (keyof typeof datasetFiles)[]) {
		const { asOf } = content[key];
		if (asOf > options.today)
			throw new ContentError(
				`${take(datasetFiles[key]).path}: field "asOf" is ${asOf}, in the future (today is ${options.today})`
			);
	}
	const updatesFile = take(logFiles.updates);
	content.updates = validateUpdates(updatesFile.path, updatesFile.raw, options.today);
	if (options.checkVersions !== false) {
		const versionsFile = take(logFiles.versions);
		const versions = parseFile(versionsFile.path, DatasetVersionsFileSchema, versionsFile.raw);
		const states = versionedDatasets.map((key) => {
			const file = take(datasetFiles[key]);
			return { key, path: file.path, sha256: datasetFingerprint(file.raw), asOf: content[key].asOf };
		});
		const problems = datasetVersionProblems(states, versions, content.updates.entries);
		if (problems.length) throw new ContentError(problems.join('\n'));
	}
	return content;
}
