/** Reading one ballot of the Assembly's archive into numbers: the fixture's ballots in the official format. */
import { describe, expect, it } from 'vitest';
import { asList, requesters, scrutinRecord, scrutinSummary } from '../../../scripts/data/assembly/scrutin';
import { edit, fixtureBallots } from './archiveFixture';

const entry = (n: number) => `json/VTANR5L17V${n}.json`;

/** A fixture ballot, parsed afresh, with an optional change. */
function ballot(n: number, path?: string, value?: unknown): unknown {
	const ballots: Map<string, unknown> = fixtureBallots();
	if (path) edit(ballots, n, path, value);
	return ballots.get(entry(n));
}

const failure = (read: () => unknown) => {
	try {
		read();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('read without failing');
};

describe('scrutinSummary', () => {
	it('reads the number, date, title and each group, numbers written as strings', () => {
		expect(scrutinSummary(ballot(1), entry(1))).toEqual({
			number: 1,
			date: '2026-01-05',
			title:
				"l'amendement n° 1 de Mme Exemple à l'article premier du projet de loi de test (première lecture).",
			groups: [
				{ organeRef: 'PO845413', members: 4, for: 2, against: 0, abstain: 0, nonVoting: 0, absent: 2 },
				{ organeRef: 'PO847173', members: 5, for: 0, against: 3, abstain: 0, nonVoting: 1, absent: 1 }
			]
		});
	});

	it('reads a list of one group written as a bare object', () => {
		expect(scrutinSummary(ballot(3), entry(3)).groups).toEqual([
			{ organeRef: 'PO845413', members: 4, for: 3, against: 0, abstain: 0, nonVoting: 0, absent: 1 }
		]);
	});

	it('counts abstentions once: "nonVotantsVolontaires", which repeats them, is left aside', () => {
		const groups = scrutinSummary(ballot(11), entry(11)).groups;
		expect(groups[1]).toEqual({
			organeRef: 'PO847173',
			members: 5,
			for: 1,
			against: 2,
			abstain: 1,
			nonVoting: 1,
			absent: 0
		});
	});

	it.each([
		['titre', undefined, 'field "titre" is missing'],
		['dateScrutin', '05/01/2026', 'field "dateScrutin" must be a date written YYYY-MM-DD (got "05/01/2026")'],

		['ventilationVotes.organe.groupes', null, 'field "ventilationVotes.organe.groupes.groupe" is missing'],
		[
			'ventilationVotes.organe.groupes.groupe.0.nombreMembresGroupe',
			undefined,
			'field "ventilationVotes.organe.groupes.groupe.0.nombreMembresGroupe" is missing'
		],
		[
			'ventilationVotes.organe.groupes.groupe.1.vote.decompteVoix.contre',
			'six',
			'field "ventilationVotes.organe.groupes.groupe.1.vote.decompteVoix.contre" must be a whole number (got "six")'
		]
	])('names the entry, the ballot and the field when %s is wrong', (path, value, problem) => {
		expect(failure(() => scrutinSummary(ballot(1, path, value), entry(1)))).toBe(
			`${entry(1)} (ballot n° 1): ${problem}`
		);
	});

	it('names the entry alone when the number is not one, and checks it against the file name', () => {
		expect(failure(() => scrutinSummary(ballot(1, 'numero', '1 bis'), entry(1)))).toBe(
			`${entry(1)}: field "numero" must be a whole number (got "1 bis")`
		);
		expect(failure(() => scrutinSummary(ballot(1, 'numero', '2'), entry(1)))).toBe(
			`${entry(1)} (ballot n° 2): field "numero" is 2, but the file is named for ballot n° 1`
		);
	});

	it('refuses a group that counts more deputies than it has members', () => {
		const raw = ballot(1, 'ventilationVotes.organe.groupes.groupe.1.vote.decompteVoix.contre', '6');
		expect(failure(() => scrutinSummary(raw, entry(1)))).toBe(
			`${entry(1)} (ballot n° 1): field "ventilationVotes.organe.groupes.groupe.1.vote.decompteVoix" counts 7 deputies (0 for, 6 against, 0 abstaining, 1 not voting), more than the 5 members of group PO847173`
		);
	});

	it('refuses a file that is not a ballot', () => {
		expect(failure(() => scrutinSummary({ organe: {} }, entry(1)))).toBe(
			`${entry(1)}: field "scrutin" is missing (not a ballot of the Assembly's archive)`
		);
	});
});

describe('scrutinRecord', () => {
	it('reads the result, majority, requesters and totals of a kept ballot', () => {
		const record = scrutinRecord(ballot(11), entry(11));
		expect(record).toMatchObject({
			number: 11,
			result: 'adopted',
			majority: 'Majorité absolue des suffrages exprimés',
			requestedBy: 'Président du groupe "Gauche" / Présidente du groupe "Droite"',
			totals: { voting: 7, cast: 6, needed: 4, for: 4, against: 2, abstain: 1, nonVoting: 1 },
			nominalMismatches: []
		});
	});

	it("counts a vote by delegation once, as its deputy's vote, and every cause of not voting alike", () => {
		// n° 20: two of the left's five votes for are by delegation; the right's non-voter is the President (PAN).
		const record = scrutinRecord(ballot(20), entry(20));
		expect(record.groups.map((g) => [g.for, g.nonVoting])).toEqual([
			[5, 0],
			[0, 1]
		]);
		expect(record.nominalMismatches).toEqual([]);
	});

	it('reports a nominal list that does not hold as many deputies as its count, without failing', () => {
		const raw = ballot(11, 'ventilationVotes.organe.groupes.groupe.0.vote.decompteNominatif.pours', null);
		expect(scrutinRecord(raw, entry(11)).nominalMismatches).toEqual([
			'group PO845413: decompteNominatif.pours lists 0 deputies, decompteVoix counts 3'
		]);
	});

	it.each([
		[
			'syntheseVote.decompte.pour',
			'5',
			'field "syntheseVote.decompte.pour" is 5, but the groups\' decompteVoix.pour add up to 4'
		],
		[
			'syntheseVote.suffragesExprimes',
			'7',
			'field "syntheseVote.suffragesExprimes" is 7, not pour + contre (6)'
		],
		[
			'syntheseVote.nombreVotants',
			'6',
			'field "syntheseVote.nombreVotants" is 6, not suffragesExprimes + abstentions (7)'
		],
		['sort.code', 'retiré', 'field "sort.code" must be "adopté" or "rejeté" (got "retiré")'],
		['demandeur.texte', null, 'field "demandeur.texte" is missing'],
		['typeVote', undefined, 'field "typeVote.typeMajorite" is missing']
	])('refuses a kept ballot whose %s is wrong', (path, value, problem) => {
		expect(failure(() => scrutinRecord(ballot(11, path, value), entry(11)))).toBe(
			`${entry(11)} (ballot n° 11): ${problem}`
		);
	});
});

describe("the format's quirks", () => {
	it.each([
		[null, []],
		[undefined, []],
		[{ a: 1 }, [{ a: 1 }]],
		[
			[{ a: 1 }, { a: 2 }],
			[{ a: 1 }, { a: 2 }]
		]
	])('asList(%j) is %j', (value, list) => {
		expect(asList(value)).toEqual(list);
	});

	it.each([
		['Conférence des Présidents', 'Conférence des Présidents'],
		[
			'Président du groupe "A"\rPrésidente du groupe "B"',
			'Président du groupe "A" / Présidente du groupe "B"'
		],
		[
			'Président du groupe "A"\r\nPrésident du groupe "B"\nCommission',
			'Président du groupe "A" / Président du groupe "B" / Commission'
		],
		['  Gouvernement \r\r', 'Gouvernement']
	])('joins the requesters of %j', (text, joined) => {
		expect(requesters(text)).toBe(joined);
	});
});
