import { content, messagesFor } from '$lib/data/content.server';
import { latestSeatChart } from '$lib/data/seatChart.server';
import { pageIslands, staticHtml } from '$lib/islands/island.server';
import ReuseIsland from '$lib/islands/ReuseIsland.svelte';
import { translator, type Messages } from '$lib/i18n/translate';
import { loadCopy } from '$lib/story/copy';
import { copyDataFor } from '$lib/story/copyStats.server';
import DebateIsland from './DebateIsland.svelte';
import { claimSourceIds, outlineClaims } from './debateClaims.server';
import MethodSection from './MethodSection.svelte';
import ReuseLinks from './ReuseLinks.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale, origin } = await parent();
	const { arguments: debate, timeline, natoPositions } = content;
	const usedEvents = new Set(debate.claims.flatMap((c) => c.events ?? []));
	const quotedParties = new Set(debate.claims.flatMap((c) => c.attributions.map((a) => a.party)));
	// The copy's and the claims' sources: the claims' cards (+page.svelte) cite them, the bylines name them.
	const copy = copyDataFor(content, locale, 'debate', claimSourceIds(content));
	const seatChart = latestSeatChart(content);
	const { component, metadata } = await loadCopy(locale, 'debate');
	const messages = content.messages[locale] as Messages;
	const island = pageIslands(messages);
	// The reuse links hydrate once near the screen. Their island sits inside the debate's, which draws it on the
	// server: so it is made first, and its UI strings are written with it, the debate's after them.
	const reuse = island(
		'reuse',
		ReuseIsland,
		// The page's title, for the embed's accessible name.
		{ chart: 'arguments' as const, title: metadata.title, locale },
		'visible'
	);
	const context = { locale, messages, copy };
	const workspace = {
		thesis: debate.thesis,
		claims: outlineClaims(content, locale, translator(messages), copy.sources),
		// The parties the reader can filter on: those quoted in the debate. Their key is shared with the seat chart.
		parties: natoPositions.parties
			.filter((p) => quotedParties.has(p.id))
			.map((p) => ({ id: p.id, key: p.group ?? p.id, short: p.short })),
		seatChart: { groups: seatChart.groups, vacant: seatChart.vacant, totalSeats: seatChart.totalSeats },
		locale,
		origin,
		methodHtml: staticHtml(MethodSection, { copy: component }, context),
		reuseHtml: staticHtml(ReuseLinks, reuse, context)
	};
	return {
		pageMessages: messagesFor(locale, ['debate', 'hemicycle', 'download']),
		copy,
		asOf: debate.asOf,
		// For the claims' cards, which the page prerenders and the island copies.
		claims: debate.claims,
		eventTitles: Object.fromEntries(
			timeline.events.filter((e) => usedEvents.has(e.id)).map((e) => [e.id, e.title])
		),
		islands: { debate: island('debate', DebateIsland, workspace) }
	};
};
