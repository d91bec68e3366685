/**
 * Everything the custom elements draw, built at build time from `content/` by the same builders as the
 * site's pages and embeds, and bundled into the elements' script (scripts/buildElements.ts serialises it).
 */
import base from '$lib/design/base.css?raw';
import fonts from '$lib/design/fonts.css?raw';
import tokens from '$lib/design/tokens.css?raw';
import { comparedCompositions, compositionPoints } from '$lib/data/assemblyRecords';
import type { ChartId } from '$lib/data/chartIds';
import { content, messagesFor } from '$lib/data/content.server';
import { chartDataAsOf } from '$lib/data/siteDates';
import { latestUpdate, updatedRef } from '$lib/data/updateLog';
import { groupTokenCss } from '$lib/design/groupTokens';
import { ballotChart, chartText } from '$lib/embed/chartText.server';
import { translator, type Messages } from '$lib/i18n/translate';
import { storyGraphicsData } from '$lib/story/graphics/storyGraphics.server';
import { declaredFamilies, elementFontCss, hostCss, hostReset } from './hostCss';

/** The elements speak the site's default language; a translated edition would pass its locale here. */
const defaultLocale = 'en';

/**
 * The UI strings in bundles, each its own module (`virtual:element-data/messages/<bundle>`), so that a one-chart
 * script carries only the strings its chart can show. A key goes to the first bundle naming it or its prefix.
 */
const messageBundles = {
	frame: ['element', 'embed', 'download', 'dates', 'updates.updated'],
	// What the seat chart and its vote key say, shared by the hemicycle and the ballot chart.
	hemicycle: [
		'hemicycle',
		'table',
		'simulator.for',
		'simulator.against',
		'simulator.abstain',
		'simulator.absent'
	],
	simulator: ['simulator', 'seats', 'preset'],
	ballots: ['ballots'],
	timeline: ['timeline'],
	positions: ['positionMap', 'positionTable', 'positions'],
	quote: ['quote'],
	arguments: ['argumentColumns', 'debate']
} as const;

type MessageBundle = keyof typeof messageBundles;

function bundledMessages(locale: string) {
	const bundles = Object.entries(messageBundles) as [MessageBundle, readonly string[]][];
	const all = messagesFor(
		locale,
		bundles.flatMap(([, names]) => names.map((n) => n.split('.')[0]!))
	);
	const modules = Object.fromEntries(bundles.map(([name]) => [name, {} as Record<string, string>]));
	for (const [key, value] of Object.entries(all)) {
		const prefix = key.split('.')[0]!;
		// A key goes to the first bundle naming it or its prefix; one only some other key's prefix leads here goes nowhere.
		const found = bundles.find(([, names]) => names.includes(key) || names.includes(prefix));
		if (found) modules[found[0]]![key] = value;
	}
	return Object.fromEntries(bundles.map(([name]) => [`messages/${name}`, modules[name]!])) as Record<
		`messages/${MessageBundle}`,
		Record<string, string>
	>;
}

export function elementData() {
	const { assembly, timeline, arguments: debate, ches, sources } = content;
	const graphics = storyGraphicsData(content);
	const compositions = compositionPoints(content);
	const { groups, vacant, total, stances, blocs } = graphics.seats;
	const ballots = ballotChart(content);
	const messages = bundledMessages(defaultLocale);
	const ballotText = chartText(
		content,
		'ballots',
		translator({ ...messages['messages/frame'], ...messages['messages/ballots'] } as Messages),
		defaultLocale
	);
	/** The sources a chart's data cites anywhere (in any `sources` list), by id: for its inline references. */
	const citedIn = (value: unknown) =>
		Object.fromEntries(
			sources.sources
				.filter((s) => sourceIdsIn(value).has(s.id))
				.map((s) => [s.id, { publisher: s.publisher, url: s.url }])
		);
	/** The newest entry of the log of changes affecting a chart, for its "Updated" link. */
	const updated = (chart: ChartId) => updatedRef(latestUpdate(content.updates.entries, { chart }));
	const cited = (ids: readonly string[]) =>
		sources.sources.filter((s) => ids.includes(s.id)).map((s) => ({ publisher: s.publisher, url: s.url }));
	// One export per chart, so that a script with one element bundles only that chart's data.
	return {
		locale: defaultLocale,
		/** Each shadow root's first sheet: the host's reset, then the site's tokens, defaults and group colours. */
		hostCss: hostReset + hostCss(tokens + base + groupTokenCss(assembly.groups), declaredFamilies(fonts)),
		/** The site's `@font-face` rules, for the host page's head (see register.ts). */
		fonts: elementFontCss(fonts),
		...messages,
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
			asOf: chartDataAsOf(content, 'seats'),
			updated: updated('seats'),
			sources: cited(compositions.at(-1)!.sources)
		},
		/**
		 * The simulator's recorded turnouts: each Article 34-1 ballot's number, date and, per group, the counts
		 * the turnouts come from. No titles: the seat chart's script stays small.
		 */
		observedBallots: ballots.ballots.map((b) => ({
			number: b.number,
			date: b.date,
			groups: b.groups.map((g) => ({
				group: g.group,
				members: g.members,
				for: g.for,
				against: g.against,
				abstain: g.abstain
			}))
		})),
		ballots: {
			...ballots,
			groups,
			total,
			updated: updated('ballots'),
			title: ballotText.title,
			summary: ballotText.summary,
			sources: cited(ballots.sources)
		},
		timeline: {
			...graphics.timeline,
			asOf: chartDataAsOf(content, 'timeline'),
			updated: updated('timeline'),
			sources: [],
			cited: citedIn(graphics.timeline)
		},
		positions: {
			...graphics.positions,
			asOf: chartDataAsOf(content, 'positions'),
			updated: updated('positions'),
			sources: cited(ches.waves.flatMap((w) => w.sources)),
			cited: citedIn(graphics.positions)
		},
		arguments: {
			...graphics.debate,
			claims: debate.claims,
			eventTitles: Object.fromEntries(timeline.events.map((e) => [e.id, e.title])),
			asOf: chartDataAsOf(content, 'arguments'),
			updated: updated('arguments'),
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
