/**
 * The seed: the project's research compilation of the Assembly's ballots (research/assembly: one JSON
 * record a line, in jmdlab/hemicycle's normalised fields; see its README) → the two generated files, through
 * the same records and writer as the archive. Pure: the files' text in, the files' content out.
 *
 * The compilation holds no record of its own newest ballot; its README states it ("The newest ballot in the
 * copy is n° 8621 (8 October 2026)"), and that is what "newestBallot" and "asOf" say, unless given.
 */
import type { AssemblyFile, Ballot, BallotKind, RecordedComposition } from '../../../src/lib/data/schemas';
import { ImportError } from './errors';
import { ballotPage, ballotRecord, ballotsFile, compositionsFile, type Newest } from './files';
import { FieldReader, isObject, type Json } from './fields';
import type { BallotGroupCounts } from './groups';
import type { ImportResult } from './result';
import { requesters } from './scrutin';
import { ballotKind, selectedNumbers } from './selection';

/** The research folder's files, by name, as text. */
export interface ResearchFiles {
	'README.md': string;
	'composition.jsonl': string;
	'resolutions-34-1.jsonl': string;
	'foreign-defence-final-votes.jsonl': string;
}

export const researchFileNames = [
	'README.md',
	'composition.jsonl',
	'resolutions-34-1.jsonl',
	'foreign-defence-final-votes.jsonl'
] as const satisfies readonly (keyof ResearchFiles)[];

/** The kind of every record of each ballot file. */
const ballotFiles = [
	['resolutions-34-1.jsonl', 'resolution-34-1'],
	['foreign-defence-final-votes.jsonl', 'foreign-defence']
] as const;

const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "The newest ballot in the copy is n° 8621 (8 October 2026)" → n° 8621 of 2026-10-08; `null` if not said. */
export function newestFromReadme(readme: string): Newest | null {
	const match = /newest ballot in the copy is n° (\d+) \((\d{1,2}) ([A-Z][a-z]+) (\d{4})\)/.exec(readme);
	const month = match ? months.indexOf(match[3]!) + 1 : 0;
	if (!match || month === 0) return null;
	const pad = (n: number) => String(n).padStart(2, '0');
	return { number: Number(match[1]), date: `${match[4]}-${pad(month)}-${pad(Number(match[2]))}` };
}

/** The records of a JSON-lines file, each with a reader naming its file, line and ballot. */
function records(file: string, text: string): { read: FieldReader; record: Json }[] {
	return text.split('\n').flatMap((line, i) => {
		if (line.trim() === '') return [];
		let record: unknown;
		try {
			record = JSON.parse(line);
		} catch (error) {
			throw new ImportError(`${file}, line ${i + 1}: is not JSON (${(error as Error).message})`);
		}
		if (!isObject(record)) throw new ImportError(`${file}, line ${i + 1}: must be a JSON object`);
		const number = typeof record.numero === 'number' ? ` (ballot n° ${record.numero})` : '';
		return [{ read: new FieldReader(`${file}, line ${i + 1}${number}`, record), record }];
	});
}

/** A group's abbreviation in the research is our group id; anything else is an error. */
function checkGroup(read: FieldReader, field: string, id: string, known: readonly string[]): void {
	if (!known.includes(id)) read.fail(field, `is "${id}", not a group of content/data/assembly.json`);
}

/** A composition record whose note says its groups are unnamed in the source (n° 489). */
const unnamedGroups = (note: unknown) => typeof note === 'string' && /labels missing|PO0/i.test(note);

export function importResearch(files: ResearchFiles, assembly: AssemblyFile, given?: Newest): ImportResult {
	const groupOrder = assembly.groups.map((g) => g.id);
	const warnings: string[] = [];
	const skipped: number[] = [];
	const compositions: RecordedComposition[] = [];
	/** The highest number and the latest date of any record: the newest ballot is neither older nor earlier. */
	const latest = { number: 0, date: '' };
	const seen = (number: number, date: string) => {
		latest.number = Math.max(latest.number, number);
		if (date > latest.date) latest.date = date;
	};
	for (const { read, record } of records('composition.jsonl', files['composition.jsonl'])) {
		const number = read.count('numero');
		const date = read.day('date');
		seen(number, date);
		if (unnamedGroups(record.note)) {
			skipped.push(number);
			warnings.push(
				`${read.where}: left out, its groups being unnamed in the source (${String(record.note)})`
			);
			continue;
		}
		const groups = read.object('groups');
		const seats = Object.fromEntries(groupOrder.map((id) => [id, 0]));
		for (const id of Object.keys(groups)) {
			checkGroup(read, `groups.${id}`, id, groupOrder);
			seats[id] = read.count(id, groups, 'groups.');
		}
		const seated = read.count('effectif');
		const added = Object.values(seats).reduce((a, b) => a + b, 0);
		if (added !== seated) read.fail('groups', `add up to ${added} members, not the ${seated} of "effectif"`);
		compositions.push({
			id: date,
			date,
			ballot: number,
			seated,
			vacant: assembly.totalSeats - seated,
			seats,
			sourceUrl: ballotPage(number)
		});
	}
	const ballots: Ballot[] = [];
	const held = new Set<number>();
	for (const [file, kind] of ballotFiles)
		for (const { read } of records(file, files[file])) {
			const ballot = researchBallot(read, kind, assembly, groupOrder);
			seen(ballot.number, ballot.date);
			if (held.has(ballot.number)) read.fail('numero', `repeats ballot n° ${ballot.number}`);
			held.add(ballot.number);
			ballots.push(ballot);
		}
	for (const [number, field] of selectedNumbers(assembly.ballotSelection))
		if (!held.has(number))
			throw new ImportError(
				`content/data/assembly.json: field "${field}" names ballot n° ${number}, which the research files do not hold`
			);
	const newest = given ?? newestFromReadme(files['README.md']);
	if (!newest)
		throw new ImportError(
			'README.md: does not say which ballot is the newest in the copy ("The newest ballot in the copy is n° … (day month year)"); give it with --newest-ballot and --newest-date'
		);
	if (newest.number < latest.number || newest.date < latest.date)
		throw new ImportError(
			`the newest ballot given, n° ${newest.number} of ${newest.date}, is older than the research files' records (up to n° ${latest.number}, up to ${latest.date})`
		);
	const origin = { kind: 'research', skipped } as const;
	return {
		compositions: compositionsFile(newest, origin, compositions),
		ballots: ballotsFile(newest, origin, ballots),
		warnings
	};
}

/** One record of a research ballot file, checked against the importer's own selection rule. */
function researchBallot(
	read: FieldReader,
	kind: BallotKind,
	assembly: AssemblyFile,
	groupOrder: readonly string[]
): Ballot {
	const number = read.count('numero');
	const title = read.text('titre');
	let rule;
	try {
		rule = ballotKind(number, title, assembly.ballotSelection);
	} catch (error) {
		throw error instanceof ImportError ? new ImportError(`${read.where}: ${error.message}`) : error;
	}
	if (rule !== kind)
		read.fail(
			'titre',
			`is that of a ballot the importer would ${rule ? `keep as "${rule}"` : 'not keep'}, not as "${kind}" (check "ballotSelection" in content/data/assembly.json)`
		);
	const sort = read.text('sort');
	const result =
		sort === 'adopté'
			? 'adopted'
			: sort === 'rejeté'
				? 'rejected'
				: read.fail('sort', 'must be "adopté" or "rejeté"');
	const synthesis = read.object('synthese');
	const total = (key: string) => read.count(key, synthesis, 'synthese.');
	const groups: BallotGroupCounts[] = read.array('groupes').map((item, i) => {
		const prefix = `groupes.${i}.`;
		if (!isObject(item)) read.fail(`groupes.${i}`, 'must be an object');
		const group = read.text('abbrev', item, prefix);
		checkGroup(read, `${prefix}abbrev`, group, groupOrder);
		const count = (key: string) => read.count(key, item, prefix);
		return {
			group,
			members: count('membres'),
			for: count('pour'),
			against: count('contre'),
			abstain: count('abstention'),
			nonVoting: count('nonVotant'),
			absent: count('absent')
		};
	});
	const record = ballotRecord(
		{
			number,
			date: read.day('date'),
			title,
			result,
			majority: read.text('typeMajorite'),
			requestedBy: requesters(read.text('demandeur')),
			totals: {
				voting: total('votants'),
				cast: total('exprimes'),
				needed: total('majorite'),
				for: total('pour'),
				against: total('contre'),
				abstain: total('abstention'),
				nonVoting: total('nonVotants')
			}
		},
		kind,
		groups.toSorted((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group))
	);
	const seated = read.count('effectif');
	if (record.seated !== seated)
		read.fail('groupes', `give ${record.seated} members in all, not the ${seated} of "effectif"`);
	return record;
}
