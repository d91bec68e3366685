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
	/**
	 * A chart's data with each source id in its `sources` lists (at any depth) replaced by a short key, and the
	 * sources it cites by those keys, for its inline references (SourceLinks shows each one's publisher, linked to
	 * its address): the ids themselves are never shown, and the longest of them ran to 40 characters, each written
	 * twice or more (about 1.2 KiB gz in nato-timeline.js).
	 */
	const citing = <T>(value: T) => {
		const ids = [...sourceIdsIn(value)];
		const keys = new Map(ids.map((id, i) => [id, i.toString(36)]));
		const cited = Object.fromEntries(
			ids.map((id) => {
				const source = sources.sources.find((s) => s.id === id);
				if (!source) throw new Error(`elementData: no source "${id}" in content/data/sources`);
				return [keys.get(id)!, { publisher: source.publisher, url: source.url }];
			})
		);
		return { data: withSourceKeys(value, keys), cited };
	};
	/** The newest entry of the log of changes affecting a chart, for its "Updated" link. */
	const updated = (chart: ChartId) => updatedRef(latestUpdate(content.updates.entries, { chart }));
	const cited = (ids: readonly string[]) =>
		sources.sources.filter((s) => ids.includes(s.id)).map((s) => ({ publisher: s.publisher, url: s.url }));
	const citingTimeline = citing(graphics.timeline);
	const citingPositions = citing(graphics.positions);
	const citingClaims = citing(debate.claims);
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
			...citingTimeline.data,
			asOf: chartDataAsOf(content, 'timeline'),
			updated: updated('timeline'),
			sources: [],
			cited: citingTimeline.cited
		},
		positions: {
			...citingPositions.data,
			// The charts show each step's label, never its description (the site's page writes it out).
			steps: citingPositions.data.steps.map((step) => ({ ...step, description: '' })),
			asOf: chartDataAsOf(content, 'positions'),
			updated: updated('positions'),
			sources: cited(ches.waves.flatMap((w) => w.sources)),
			cited: citingPositions.cited
		},
		arguments: {
			...graphics.debate,
			claims: citingClaims.data,
			eventTitles: Object.fromEntries(timeline.events.map((e) => [e.id, e.title])),
			asOf: chartDataAsOf(content, 'arguments'),
			updated: updated('arguments'),
			sources: [],
			cited: citingClaims.cited
		}
	};
}

/** Whether `key` names a list of source ids. */
const sourceList = (key: string) => /^sources$|Sources$/.test(key);

/** Every string in a list under a key named `sources` or `…Sources`, at any depth, in the order met. */
function sourceIdsIn(value: unknown, ids = new Set<string>()): Set<string> {
	if (value instanceof Map) for (const item of value.values()) sourceIdsIn(item, ids);
	else if (Array.isArray(value)) for (const item of value) sourceIdsIn(item, ids);
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) {
			if (sourceList(key) && Array.isArray(item))
				for (const id of item) if (typeof id === 'string') ids.add(id);
			sourceIdsIn(item, ids);
		}
	return ids;
}

/** `value` with each string in a list under a key named `sources` or `…Sources` replaced by its key in `keys`. */
function withSourceKeys<T>(value: T, keys: ReadonlyMap<string, string>): T {
	const walk = (item: unknown, inList = false): unknown => {
		if (inList && typeof item === 'string') return keys.get(item) ?? item;
		if (item instanceof Map) return new Map([...item].map(([k, v]) => [k, walk(v)]));
		if (Array.isArray(item)) return item.map((v) => walk(v, inList));
		if (item && typeof item === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(item)))
			return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, walk(v, sourceList(k))]));
		return item;
	};
	return walk(value) as T;
}

export type ElementData = ReturnType<typeof elementData>;
