import { content, messagesFor } from '$lib/data/content.server';
import { copyDataFor } from '$lib/story/copyStats.server';
import { groupStances } from '$lib/data/seatChart.server';
import { ballotViews, compositionPoints } from '$lib/data/assemblyRecords';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const { assembly, natoPositions, sources } = content;
	const sourceNumber = new Map(
		sources.sources.map((s, i) => [s.id, { number: i + 1, title: s.title, publisher: s.publisher }])
	);
	// Each group's preset follows the declared stance of its main party.
	const mainParty = (group: string) =>
		natoPositions.parties.find((p) => p.mainPartyOfGroup && p.group === group);
	const stances = groupStances(content);
	const scaleLabel = new Map(natoPositions.scale.map((step) => [step.id, step.label]));
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
			'ballots'
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
		compositions: compositionPoints(content).map((c) => ({
			...c,
			sources: c.sources.map((id) => ({ id, ...sourceNumber.get(id)! }))
		})),
		resolutions: ballotViews(content, 'resolution-34-1'),
		precedent: assembly.closestPrecedent,
		/** The newest ballot in the records read: no ballot on the January 2026 motion exists up to it. */
		newestBallot: { number: content.assemblyBallots.newestBallot, date: content.assemblyBallots.asOf },
		stances,
		positions,
		positionsAsOf: natoPositions.asOf
	};
};
