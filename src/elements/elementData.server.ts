/**
 * Everything the custom elements draw, built at build time from `content/` by the same builders as the
 * site's pages and embeds, and bundled into the elements' script (vite.elements.config.ts serialises it).
 */
import { comparedCompositions, compositionPoints } from '$lib/data/assemblyRecords';
import { content, messagesFor } from '$lib/data/content.server';
import { groupTokenCss } from '$lib/design/groupTokens';
import { storyGraphicsData } from '$lib/story/graphics/storyGraphics.server';

/** The elements speak the site's default language; a translated edition would pass its locale here. */
const defaultLocale = 'en';

export function elementData() {
	const { assembly, timeline, natoPositions, arguments: debate, ches, sources } = content;
	const graphics = storyGraphicsData(content);
	const compositions = compositionPoints(content);
	// The element's simulator assumes full turnout, so its script does not carry the recorded ballots.
	const { groups, vacant, total, stances, blocs } = graphics.seats;
	/** The sources a chart's data cites anywhere (in any `sources` list), by id: for its inline references. */
	const citedIn = (value: unknown) =>
		Object.fromEntries(
			sources.sources
				.filter((s) => sourceIdsIn(value).has(s.id))
				.map((s) => [s.id, { publisher: s.publisher, url: s.url }])
		);
	const cited = (ids: readonly string[]) =>
		sources.sources.filter((s) => ids.includes(s.id)).map((s) => ({ publisher: s.publisher, url: s.url }));
	// One export per chart, so that a script with one element bundles only that chart's data.
	return {
		locale: defaultLocale,
		groupCss: groupTokenCss(assembly.groups),
		messages: messagesFor(defaultLocale, [
			'element',
			'embed',
			'download',
			'chart',
			'table',
			'quote',
			'hemicycle',
			'simulator',
			'seats',
			'preset',
			'timeline',
			'positionMap',
			'positionTable',
			'positions',
			'argumentColumns',
			'debate'
		]),
		seats: {
			groups,
			vacant,
			total,
			stances,
			blocs,
			compositions: comparedCompositions(compositions).map((c) => ({
				id: c.id,
				date: c.date,
				seats: c.seats,
				vacant: c.vacant
			})),
			asOf: compositions.at(-1)!.date,
			sources: cited(compositions.at(-1)!.sources)
		},
		timeline: {
			...graphics.timeline,
			asOf: timeline.asOf,
			sources: [],
			cited: citedIn(graphics.timeline)
		},
		positions: {
			...graphics.positions,
			asOf: natoPositions.asOf,
			sources: cited(ches.waves.flatMap((w) => w.sources)),
			cited: citedIn(graphics.positions)
		},
		arguments: {
			...graphics.debate,
			claims: debate.claims,
			eventTitles: Object.fromEntries(timeline.events.map((e) => [e.id, e.title])),
			asOf: debate.asOf,
			sources: [],
			cited: citedIn(debate.claims)
		}
	};
}

/** Every string in a list under a key named `sources` or `…Sources`, at any depth. */
function sourceIdsIn(value: unknown, ids = new Set<string>()): Set<string> {
	if (value instanceof Map) for (const item of value.values()) sourceIdsIn(item, ids);
	else if (Array.isArray(value)) for (const item of value) sourceIdsIn(item, ids);
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) {
			if (/^sources$|Sources$/.test(key) && Array.isArray(item))
				for (const id of item) if (typeof id === 'string') ids.add(id);
			sourceIdsIn(item, ids);
		}
	return ids;
}

export type ElementData = ReturnType<typeof elementData>;
