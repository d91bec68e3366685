/**
 * Which ballots of the archive the site keeps. Resolutions under Article 34-1 are found by their title
 * (the Assembly writes "(art. 34-1 de la Constitution)" or "(article 34-1 de la Constitution)"), keeping only
 * the vote on the resolution itself; those whose title does not say so, and the foreign-affairs and defence
 * votes, are listed by an editor in assembly.json's `ballotSelection`.
 */
import type { AssemblyFile, BallotKind } from '../../../src/lib/data/schemas';
import { ImportError } from './errors';

/** The title names Article 34-1 of the Constitution. */
export function namesArticle34_1(title: string): boolean {
	return /\((?:art\.|article)\s+34-1\s+de\s+la\s+Constitution\)/i.test(title);
}

/**
 * The vote is on a resolution as a whole ("la proposition de résolution…", "l'ensemble de…", "l'article
 * unique de…"), not on an amendment to it or a motion about it.
 */
export function isVoteOnResolution(title: string): boolean {
	return /^(?:l['’]ensemble de |l['’]article unique de )?la proposition de résolution\b/i.test(title.trim());
}

/** The kind a ballot is kept as, or `null` when the site does not keep it. */
export function ballotKind(
	number: number,
	title: string,
	selection: AssemblyFile['ballotSelection']
): BallotKind | null {
	const byTitle = namesArticle34_1(title) && isVoteOnResolution(title);
	if (byTitle && selection['foreign-defence'].includes(number))
		throw new ImportError(
			`ballot n° ${number} is a resolution under Article 34-1 by its title, but "ballotSelection.foreign-defence" of content/data/assembly.json lists it: take it out of that list`
		);
	if (byTitle || selection['resolution-34-1'].includes(number)) return 'resolution-34-1';
	if (selection['foreign-defence'].includes(number)) return 'foreign-defence';
	return null;
}

/** Every ballot number the editors listed, with the field that lists it. */
export function selectedNumbers(selection: AssemblyFile['ballotSelection']): [number, string][] {
	return Object.entries(selection).flatMap(([kind, numbers]) =>
		numbers.map((n, i): [number, string] => [n, `ballotSelection.${kind}.${i}`])
	);
}
