import { content, messagesFor } from '$lib/data/content.server';
import { latestSeatChart } from '$lib/data/seatChart.server';
import { copyDataFor } from '$lib/story/copyStats.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const { arguments: debate, timeline, natoPositions } = content;
	const usedEvents = new Set(debate.claims.flatMap((c) => c.events ?? []));
	const quotedParties = new Set(debate.claims.flatMap((c) => c.attributions.map((a) => a.party)));
	return {
		pageMessages: messagesFor(locale, ['debate', 'hemicycle', 'download']),
		copy: copyDataFor(
			content,
			locale,
			'debate',
			debate.claims.flatMap((c) => [
				...c.attributions.flatMap((a) => a.sources),
				...(c.correction?.sources ?? [])
			])
		),
		thesis: debate.thesis,
		claims: debate.claims,
		asOf: debate.asOf,
		eventTitles: Object.fromEntries(
			timeline.events.filter((e) => usedEvents.has(e.id)).map((e) => [e.id, e.title])
		),
		// The parties the reader can filter on: those quoted in the debate. Their key is shared with the seat chart.
		parties: natoPositions.parties
			.filter((p) => quotedParties.has(p.id))
			.map((p) => ({ id: p.id, key: p.group ?? p.id, short: p.short, name: p.name })),
		seatChart: latestSeatChart(content)
	};
};
