/** The documentation pages of the chart components: one per chart, with the components it documents. */
import type { ChartId } from '$lib/data/chartIds';
import type { MessageKey } from '$lib/i18n/translate';

export const componentPageIds = ['hemicycle', 'timeline', 'positions', 'arguments'] as const;
export type ComponentPageId = (typeof componentPageIds)[number];

export interface ComponentPage {
	/** The components the page documents, by their name in the package's public entry. */
	components: readonly string[];
	/** The site's page where the chart is interactive. */
	chartPage: string;
	/** The navigation label of that page. */
	chartPageLabel: MessageKey;
	/** The usage example: what a developer writes. */
	usage: string;
	/** The chart's custom element (`elementTags`), for pages with no framework. */
	chart: ChartId;
	/** The custom element's attributes and their values, as written in its documentation. */
	elementAttributes: readonly { name: string; values: string }[];
}

/** Attributes every custom element takes. */
const commonAttributes = [
	{ name: 'theme', values: 'auto (the reader’s setting), light, dark' },
	{ name: 'table', values: 'hide, show (opens the data table)' },
	{ name: 'lang', values: 'en' }
];

/** A usage example as a developer's component: imports, the `t` every chart takes, the data, the markup. */
function svelteFile(names: string, body: string, markup: string): string {
	return [
		'<script lang="ts">',
		`\timport { ${names}, englishMessages, translator } from '@france-nato/charts';`,
		"\timport '@france-nato/charts/styles.css';",
		'',
		'\tconst t = translator(englishMessages);',
		...body.split('\n').map((line) => `\t${line}`),
		'</script>',
		'',
		markup
	].join('\n');
}

export const componentPages: Record<ComponentPageId, ComponentPage> = {
	hemicycle: {
		chart: 'seats',
		elementAttributes: [
			...commonAttributes,
			{ name: 'highlight', values: 'group ids, e.g. “RN UDR”; none' },
			{ name: 'simulator', values: 'hide, show (the vote simulator, with its scenarios)' }
		],
		components: ['Hemicycle', 'HemicycleTable', 'VoteLegend'],
		chartPage: '/seats/',
		chartPageLabel: 'nav.seats',
		usage: svelteFile(
			'Hemicycle, type HemicycleGroup',
			`// Your groups, left to right: any CSS colours (ink outlines the seats).
const groups: HemicycleGroup[] = [
	{ id: 'a', label: 'A', name: 'Group A', seats: 60, fill: '#c00d0d', ink: '#a00b0b' },
	{ id: 'b', label: 'B', name: 'Group B', seats: 41, fill: '#313567', ink: '#313567' }
];
let selected: string | null = $state(null);`,
			'<Hemicycle {groups} majority={51} bind:selected {t} locale="en" />'
		)
	},
	timeline: {
		chart: 'timeline',
		elementAttributes: commonAttributes,
		components: ['TimelineChart', 'TimelineVertical', 'TimelineKey', 'TimelineList', 'EventCard'],
		chartPage: '/timeline/',
		chartPageLabel: 'nav.timeline',
		usage: svelteFile(
			'TimelineChart, type TimelineEventView',
			`// events: TimelineEventView[]; lanes, categories: { id, label }[]; eras: { id, label, start, end }[]
let { events, lanes, categories, eras } = $props();`,
			`<TimelineChart {events} {lanes} {categories} {eras} {t} locale="en">
	{#snippet cite(ids: string[])}<small>{ids.join(', ')}</small>{/snippet}
</TimelineChart>`
		)
	},
	positions: {
		chart: 'positions',
		elementAttributes: [...commonAttributes, { name: 'axis', values: 'lrgen (left–right), eu_russia' }],
		components: ['PositionMap', 'PositionTable', 'EvidenceCard'],
		chartPage: '/positions/',
		chartPageLabel: 'nav.positions',
		usage: svelteFile(
			'PositionMap, type PositionParty',
			`// parties: PositionParty[]; steps: PositionStep[]; axes: PositionAxis[]
let { parties, steps, axes } = $props();
let selected: string | null = $state(null);`,
			`<PositionMap {parties} {steps} {axes} bind:selected {t} locale="en">
	{#snippet cite(ids: string[])}<small>{ids.join(', ')}</small>{/snippet}
</PositionMap>`
		)
	},
	arguments: {
		chart: 'arguments',
		elementAttributes: commonAttributes,
		components: ['ArgumentOutline', 'ArgumentMap', 'ArgumentColumns', 'ClaimCard'],
		chartPage: '/debate/',
		chartPageLabel: 'nav.debate',
		usage: svelteFile(
			'ArgumentMap, ArgumentOutline, argumentTree',
			`// thesis: { id, text }; claims: { id, text, relation, target }[] (see ArgumentClaim)
let { thesis, claims } = $props();
const tree = $derived(argumentTree(thesis, claims));
let selected: string | null = $state(null);`,
			`<ArgumentOutline {tree} bind:selected label="The debate" {t} />
<ArgumentMap {tree} bind:selected {t} />`
		)
	}
};
