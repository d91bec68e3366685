import { content, messagesFor } from '$lib/data/content.server';
import { copyDataFor } from '$lib/story/copyStats.server';
import { groupStances } from '$lib/data/seatChart.server';
import { ballotViews, compositionPoints } from '$lib/data/assemblyRecords';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const { assembly, natoPositions, sources } = content;
	// Each group's preset follows the declared stance of its main party.
	const mainParty = (group: string) =>
		natoPositions.parties.find((p) => p.mainPartyOfGroup && p.group === group);
	const stances = groupStances(content);
	const scaleLabel = new Map(natoPositions.scale.map((step) => [step.id, step.label]));
	const compositions = compositionPoints(content);
	const cited = new Set([...compositions.flatMap((c) => c.sources), content.assemblyBallots.source]);
	const positions = assembly.groups.map((g) => {
		const party = mainParty(g.id);
		return {
			group: g.id,
			party: party?.name ?? null,
			stance: scaleLabel.get(stances[g.id]!)!,
			basis: party?.stanceBasis ?? 'none',
			note: party?.stanceNote ?? null,
			evidence: party?.evidence[0] ?? null
		};
	});
	return {
		pageMessages: messagesFor(locale, [
			'hemicycle',
			'simulator',
			'seats',
			'preset',
			'bloc',
			'positions',
			'download',
			'ballots',
			'copy'
		]),
		copy: copyDataFor(
			content,
			locale,
			'seats',
			positions.flatMap((p) => p.evidence?.sources ?? [])
		),
		totalSeats: assembly.totalSeats,
		groups: assembly.groups.map((g) => ({
			id: g.id,
			nameFr: g.nameFr,
			nameEn: g.nameEn,
			parties: g.parties,
			bloc: g.bloc
		})),
		compositions,
		/** The publisher of each source the compositions cite, by id: named once, not on every composition. */
		publishers: Object.fromEntries(
			sources.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s.publisher])
		),
		ballotSource: content.assemblyBallots.source,
		resolutions: ballotViews(content, 'resolution-34-1'),
		precedent: assembly.closestPrecedent,
		/** The newest ballot in the records read: no ballot on the January 2026 motion exists up to it. */
		newestBallot: { number: content.assemblyBallots.newestBallot, date: content.assemblyBallots.asOf },
		stances,
		positions,
		positionsAsOf: natoPositions.asOf
	};
};
