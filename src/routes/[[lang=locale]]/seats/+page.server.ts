import { content, messagesFor } from '$lib/data/content.server';
import { copyDataCiting, copyDataFor } from '$lib/story/copyStats.server';
import { groupStances } from '$lib/data/seatChart.server';
import { ballotViews, compositionPoints } from '$lib/data/assemblyRecords';
import type { Messages } from '$lib/i18n/translate';
import { pageIslands, staticHtml } from '$lib/islands/island.server';
import { loadCopy } from '$lib/story/copy';
import BallotsIsland from './BallotsIsland.svelte';
import PositionsBasis from './PositionsBasis.svelte';
import SeatsIsland from './SeatsIsland.svelte';
import { chartGroupsAt } from './seatsScenario';
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
	const copy = copyDataFor(
		content,
		locale,
		'seats',
		positions.flatMap((p) => p.evidence?.sources ?? [])
	);
	const groups = assembly.groups.map((g) => ({
		id: g.id,
		nameFr: g.nameFr,
		nameEn: g.nameEn,
		parties: g.parties,
		bloc: g.bloc
	}));
	/** The publisher of each source the compositions cite, by id: named once, not on every composition. */
	const publishers = Object.fromEntries(
		sources.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s.publisher])
	);
	const resolutions = ballotViews(content, 'resolution-34-1');
	/** The newest ballot in the records read: no ballot on the January 2026 motion exists up to it. */
	const newestBallot = { number: content.assemblyBallots.newestBallot, date: content.assemblyBallots.asOf };
	const workspace = {
		groups,
		stances,
		compositions,
		publishers,
		totalSeats: assembly.totalSeats,
		// The simulator needs each ballot's date and group counts only.
		ballots: resolutions.map((b) => ({ number: b.number, date: b.date, groups: b.groups })),
		newestBallotDate: newestBallot.date,
		basisHtml: staticHtml(
			PositionsBasis,
			{ positions, asOf: natoPositions.asOf },
			{
				locale,
				messages: content.messages[locale] as Messages,
				copy: copyDataCiting(
					content,
					positions.flatMap((p) => p.evidence?.sources ?? [])
				)
			}
		),
		title: (await loadCopy(locale, 'seats')).metadata.title,
		locale
	};
	const ballots = {
		ballots: resolutions,
		groups: chartGroupsAt(groups, compositions.at(-1)!.seats),
		totalSeats: assembly.totalSeats,
		precedent: assembly.closestPrecedent,
		source: {
			id: content.assemblyBallots.source,
			publisher: sources.sources.find((s) => s.id === content.assemblyBallots.source)!.publisher
		},
		newestBallotDate: newestBallot.date,
		locale
	};
	const island = pageIslands(content.messages[locale] as Messages);
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
		copy,
		totalSeats: assembly.totalSeats,
		groups,
		compositions,
		resolutions,
		precedent: assembly.closestPrecedent,
		newestBallot,
		stances,
		islands: {
			workspace: island('seats', SeatsIsland, workspace),
			ballots: island('ballots', BallotsIsland, ballots, 'visible')
		}
	};
};
