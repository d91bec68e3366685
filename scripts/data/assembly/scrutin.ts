/**
 * One ballot of the Assembly's open-data archive (`{"scrutin": {…}}`, one file per ballot), read into plain
 * numbers. The archive is XML turned into JSON: every number is a string, a list of one is a bare object,
 * an empty list is `null`. This module is the only place that knows it.
 *
 * Counts come from each group's `decompteVoix`, as the Assembly totals them (and as jmdlab/hemicycle, which
 * the project's research was compiled from, reads them): `nonVotants` are the deputies present who do not
 * vote (the chair of the sitting, members of the government, the President of the Assembly); absent are the
 * group's members less those who voted or did not vote. `nonVotantsVolontaires` is left aside: at group level
 * it repeats the abstentions. The nominal lists (`decompteNominatif`, one entry per deputy, a vote by
 * delegation being the deputy's own vote cast by a colleague) are only counted, to check the totals.
 */
import { ImportError } from './errors';
import { FieldReader, isObject, type Json } from './fields';

/** One group's deputies on one ballot, by the group's id in the Assembly's data. */
export interface ScrutinGroup {
	organeRef: string;
	members: number;
	for: number;
	against: number;
	abstain: number;
	nonVoting: number;
	absent: number;
}

/** What every ballot of the archive must give: enough to select it and to read the groups' sizes. */
export interface ScrutinSummary {
	number: number;
	date: string;
	title: string;
	groups: ScrutinGroup[];
}

/** A ballot in full, as a kept ballot needs it. */
export interface Scrutin extends ScrutinSummary {
	result: 'adopted' | 'rejected';
	majority: string;
	requestedBy: string;
	totals: {
		voting: number;
		cast: number;
		needed: number;
		for: number;
		against: number;
		abstain: number;
		nonVoting: number;
	};
	/** Where a group's nominal list does not hold as many deputies as its count says (not an error). */
	nominalMismatches: string[];
}

/** A list that XML-to-JSON may have written as a bare object (one item) or `null` (none). */
export function asList(value: unknown): unknown[] {
	if (value === null || value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

/** The `scrutin` object of a parsed ballot file. */
function scrutinOf(raw: unknown, entry: string): Json {
	if (!isObject(raw) || !isObject(raw.scrutin))
		throw new ImportError(`${entry}: field "scrutin" is missing (not a ballot of the Assembly's archive)`);
	return raw.scrutin;
}

/** How to name a ballot in messages: its archive entry, and its number once known. */
function placeOf(entry: string, scrutin: Json): string {
	const number =
		typeof scrutin.numero === 'string' && /^\d+$/.test(scrutin.numero) ? scrutin.numero : undefined;
	return number ? `${entry} (ballot n° ${number})` : entry;
}

/** The number, date, title and groups of one ballot; fails on a missing field or a group counting too many. */
export function scrutinSummary(raw: unknown, entry: string): ScrutinSummary {
	const scrutin = scrutinOf(raw, entry);
	const read: FieldReader = new FieldReader(placeOf(entry, scrutin), scrutin);
	const number = read.count('numero');
	const fileNumber = /V(\d+)\.json$/.exec(entry)?.[1];
	if (fileNumber !== undefined && Number(fileNumber) !== number)
		read.fail('numero', `is ${number}, but the file is named for ballot n° ${fileNumber}`);
	const date = read.day('dateScrutin');
	const title = read.text('titre');
	const list = asList(read.value('ventilationVotes.organe.groupes.groupe'));
	if (list.length === 0) read.fail('ventilationVotes.organe.groupes.groupe', 'lists no group');
	const groups = list.map((item, i) => {
		const prefix = `ventilationVotes.organe.groupes.groupe.${i}.`;
		if (!isObject(item)) read.fail(prefix.slice(0, -1), 'must be an object');
		const organeRef = read.text('organeRef', item, prefix);
		const members = read.count('nombreMembresGroupe', item, prefix);
		const votes = read.object('vote.decompteVoix', item, prefix);
		const counts = {
			for: read.count('pour', votes, `${prefix}vote.decompteVoix.`),
			against: read.count('contre', votes, `${prefix}vote.decompteVoix.`),
			abstain: read.count('abstentions', votes, `${prefix}vote.decompteVoix.`),
			nonVoting: read.count('nonVotants', votes, `${prefix}vote.decompteVoix.`)
		};
		const counted = counts.for + counts.against + counts.abstain + counts.nonVoting;
		if (counted > members)
			read.fail(
				`${prefix}vote.decompteVoix`,
				`counts ${counted} deputies (${counts.for} for, ${counts.against} against, ${counts.abstain} abstaining, ${counts.nonVoting} not voting), more than the ${members} members of group ${organeRef}`
			);
		return { organeRef, members, ...counts, absent: members - counted };
	});
	return { number, date, title, groups };
}

/** "Président du groupe …\rPrésidente du groupe …" → "Président du groupe … / Présidente du groupe …". */
export function requesters(text: string): string {
	return text
		.split(/[\r\n]+/)
		.map((line) => line.trim())
		.filter(Boolean)
		.join(' / ');
}

const results = { adopté: 'adopted', rejeté: 'rejected' } as const;

/** The positions of a group's nominal lists, by the count each must match. */
const nominalLists = [
	['pours', 'for'],
	['contres', 'against'],
	['abstentions', 'abstain'],
	['nonVotants', 'nonVoting']
] as const;

/**
 * One ballot in full: its summary, result, majority, requesters and totals. Fails on a missing field, or
 * when the groups' votes do not add up to the totals, votes cast to for plus against, or deputies voting
 * to votes cast plus abstentions.
 */
export function scrutinRecord(raw: unknown, entry: string): Scrutin {
	const summary = scrutinSummary(raw, entry);
	const scrutin = scrutinOf(raw, entry);
	const read: FieldReader = new FieldReader(placeOf(entry, scrutin), scrutin);
	const code = read.text('sort.code') as keyof typeof results;
	const result = results[code] ?? read.fail('sort.code', `must be "adopté" or "rejeté" (got "${code}")`);
	const synthesis = 'syntheseVote.decompte.';
	const totals = {
		voting: read.count('syntheseVote.nombreVotants'),
		cast: read.count('syntheseVote.suffragesExprimes'),
		needed: read.count('syntheseVote.nbrSuffragesRequis'),
		for: read.count(`${synthesis}pour`),
		against: read.count(`${synthesis}contre`),
		abstain: read.count(`${synthesis}abstentions`),
		nonVoting: read.count(`${synthesis}nonVotants`)
	};
	const fields = { for: 'pour', against: 'contre', abstain: 'abstentions', nonVoting: 'nonVotants' } as const;
	for (const key of ['for', 'against', 'abstain', 'nonVoting'] as const) {
		const groups = summary.groups.reduce((sum, g) => sum + g[key], 0);
		if (groups !== totals[key])
			read.fail(
				`${synthesis}${fields[key]}`,
				`is ${totals[key]}, but the groups' decompteVoix.${fields[key]} add up to ${groups}`
			);
	}
	if (totals.cast !== totals.for + totals.against)
		read.fail(
			'syntheseVote.suffragesExprimes',
			`is ${totals.cast}, not pour + contre (${totals.for + totals.against})`
		);
	if (totals.voting !== totals.cast + totals.abstain)
		read.fail(
			'syntheseVote.nombreVotants',
			`is ${totals.voting}, not suffragesExprimes + abstentions (${totals.cast + totals.abstain})`
		);
	const nominalMismatches: string[] = [];
	asList(read.value('ventilationVotes.organe.groupes.groupe')).forEach((item, i) => {
		const group = summary.groups[i]!;
		const lists = isObject(item) && isObject(item.vote) ? item.vote.decompteNominatif : undefined;
		if (!isObject(lists)) return;
		for (const [list, key] of nominalLists) {
			const bucket = lists[list];
			const listed = isObject(bucket) ? asList(bucket.votant).length : 0;
			if (listed !== group[key])
				nominalMismatches.push(
					`group ${group.organeRef}: decompteNominatif.${list} lists ${listed} deputies, decompteVoix counts ${group[key]}`
				);
		}
	});
	return {
		...summary,
		result,
		majority: read.text('typeVote.typeMajorite'),
		requestedBy: requesters(read.text('demandeur.texte')),
		totals,
		nominalMismatches
	};
}
