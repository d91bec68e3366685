/**
 * The Assembly's data as the browser tests expect to see it, read straight from content/ (not through the
 * site's code): the groups, every dated composition oldest first, and the recorded Article 34-1 ballots.
 */
import { readFileSync } from 'node:fs';

const read = (file: string) => JSON.parse(readFileSync(`content/data/${file}`, 'utf8'));

interface Composition {
	id: string;
	date: string;
	seats: Record<string, number>;
	vacant: number;
}

export interface RecordedBallot {
	number: number;
	date: string;
	kind: string;
	result: 'adopted' | 'rejected';
	seated: number;
	sourceUrl: string;
	totals: { voting: number; cast: number; needed: number; for: number; against: number; abstain: number };
	groups: {
		group: string;
		members: number;
		for: number;
		against: number;
		abstain: number;
		nonVoting: number;
		absent: number;
	}[];
}

const assemblyFile = read('assembly.json') as {
	totalSeats: number;
	groups: { id: string; bloc: string; colour: string; nameEn: string }[];
	compositions: Composition[];
	closestPrecedent: number;
};
const recorded = read('assembly-compositions.json') as { compositions: Composition[] };
const ballotsFile = read('assembly-ballots.json') as {
	asOf: string;
	newestBallot: number;
	ballots: RecordedBallot[];
};

export const assembly = {
	totalSeats: assemblyFile.totalSeats,
	groups: assemblyFile.groups,
	precedent: assemblyFile.closestPrecedent,
	compositions: [...assemblyFile.compositions, ...recorded.compositions].toSorted((a, b) =>
		a.date.localeCompare(b.date)
	),
	resolutions: ballotsFile.ballots.filter((b) => b.kind === 'resolution-34-1'),
	newestBallot: { number: ballotsFile.newestBallot, date: ballotsFile.asOf }
};

/** A date as the site writes it in English: "8 October 2026". */
export function englishDate(date: string): string {
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${date}T00:00:00Z`));
}
