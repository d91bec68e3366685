/**
 * From the Assembly's group ids (`organeRef`) to ours, with assembly.json's `organeRefs`. "PO0" is the
 * Assembly's placeholder for a group it did not name (all the groups of ballot n° 489): such a ballot cannot
 * say whose seats are whose. Any other id that no group knows is an error, so that a new group is never
 * silently dropped.
 */
import type { Group } from '../../../src/lib/data/schemas';
import { ImportError } from './errors';
import type { ScrutinGroup } from './scrutin';

/** The Assembly's placeholders for an undetermined group ("ND" is how normalised copies label PO0). */
export const undeterminedRefs: ReadonlySet<string> = new Set(['PO0', 'ND']);

/** One group's deputies on one ballot, by our group id. */
export type BallotGroupCounts = Omit<ScrutinGroup, 'organeRef'> & { group: string };

export type GroupsOnBallot =
	{ determined: true; groups: BallotGroupCounts[] } | { determined: false; undetermined: number };

/** Our group id for each organeRef of assembly.json. */
export function groupIdsByOrganeRef(groups: readonly Group[]): Map<string, string> {
	return new Map(groups.flatMap((g) => g.organeRefs.map((ref): [string, string] => [ref, g.id])));
}

/**
 * A ballot's groups under our ids, in assembly.json's order; or, when any group is undetermined, how many
 * are. `where` names the ballot in messages.
 */
export function groupsOnBallot(
	groups: readonly ScrutinGroup[],
	groupOrder: readonly string[],
	byOrganeRef: ReadonlyMap<string, string>,
	where: string
): GroupsOnBallot {
	const undetermined = groups.filter((g) => undeterminedRefs.has(g.organeRef)).length;
	const seen = new Map<string, string>();
	const counts = groups.flatMap(({ organeRef, ...rest }, i) => {
		if (undeterminedRefs.has(organeRef)) return [];
		const group = byOrganeRef.get(organeRef);
		const field = `ventilationVotes.organe.groupes.groupe.${i}.organeRef`;
		if (group === undefined)
			throw new ImportError(
				`${where}: field "${field}" is "${organeRef}", a group no group of content/data/assembly.json knows: add it to "organeRefs" of a group in content/data/assembly.json`
			);
		const other = seen.get(group);
		if (other !== undefined)
			throw new ImportError(
				`${where}: field "${field}" is "${organeRef}", group ${group} again (already listed as ${other})`
			);
		seen.set(group, organeRef);
		return [{ group, ...rest }];
	});
	if (undetermined > 0) return { determined: false, undetermined };
	return {
		determined: true,
		groups: counts.toSorted((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group))
	};
}

/** Every group's members on a ballot whose groups are all determined; 0 for a group it does not list. */
export function seatsOf(
	groups: readonly BallotGroupCounts[],
	groupOrder: readonly string[]
): Record<string, number> {
	const members = new Map(groups.map((g) => [g.group, g.members]));
	return Object.fromEntries(groupOrder.map((id) => [id, members.get(id) ?? 0]));
}
