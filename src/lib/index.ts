/**
 * The public API of the chart components (`npm run package` builds it into @france-nato/charts): the charts,
 * their data tables and cards, the types of their props, the pure layout functions they draw, and the
 * translator that makes their `t` prop. Every chart takes all of its data and text as props.
 */

// Seats: a parliament chart and its data table.
export { default as Hemicycle } from './charts/hemicycle/Hemicycle.svelte';
export { default as HemicycleTable } from './charts/hemicycle/HemicycleTable.svelte';
export { default as VoteLegend } from './charts/hemicycle/VoteLegend.svelte';
export type { GroupVoteCounts, HemicycleGroup, SeatState } from './charts/hemicycle/types';

// Timeline: the chart in lanes, the vertical chart for phones, its key, the list that is its accessible view, and one
// event's card.
export { default as TimelineChart } from './charts/timeline/TimelineChart.svelte';
export { default as TimelineVertical } from './charts/timeline/TimelineVertical.svelte';
export { default as TimelineKey } from './charts/timeline/TimelineKey.svelte';
export { default as TimelineList } from './charts/timeline/TimelineList.svelte';
export { default as EventCard } from './charts/timeline/EventCard.svelte';
export type { TimelineCategory, TimelineEra, TimelineEventView, TimelineLane } from './charts/timeline/types';

// Positions: the map, its data table and the evidence card.
export { default as PositionMap } from './charts/positions/PositionMap.svelte';
export { default as PositionTable } from './charts/positions/PositionTable.svelte';
export { default as EvidenceCard } from './charts/positions/EvidenceCard.svelte';
export type { PositionAxis, PositionEvidence, PositionParty, PositionStep } from './charts/positions/types';

// Arguments: the map, the two columns, the keyboard outline and one claim's card.
export { default as ArgumentMap } from './charts/arguments/ArgumentMap.svelte';
export { default as ArgumentColumns } from './charts/arguments/ArgumentColumns.svelte';
export { default as ArgumentOutline } from './charts/arguments/ArgumentOutline.svelte';
export { default as ClaimCard } from './charts/arguments/ClaimCard.svelte';
export type { ClaimAttribution, ClaimView } from './charts/arguments/types';

// The frame every chart sits in: title, how to read it, summary, data table, sources, credit.
export { default as ChartFrame } from './charts/ChartFrame.svelte';

// Pure layout: data and options in, geometry out (no DOM).
export { hemicycleSeats, majorityLine, maxHemicycleSeats } from './layout/hemicycle';
export type {
	FillStrategy,
	HemicycleLayout,
	HemicycleOptions,
	HemicycleSeat,
	MajorityLine,
	MajorityLineOptions
} from './layout/hemicycle';
export { timelineLayout } from './layout/timeline';
export type { TimelineLayout, TimelineMark, TimelineOptions } from './layout/timeline';
export { erasScale, linearTimeScale, zoomTo, panBy } from './layout/timeScale';
export { dateExtent } from './dates/partialDate';
export type { Era, TimeScale } from './layout/timeScale';
export { positionMapLayout, dodge } from './layout/positionMap';
export type { PositionMapLayout, PositionMapOptions, PositionMapPoint } from './layout/positionMap';
export { labelPlacement } from './layout/labelPlacement';
export type { LabelOptions, LabelPoint, PlacedLabel } from './layout/labelPlacement';
export { argumentTree, visibleNodes, fadedClaims, withoutSide } from './layout/argumentTree';
export type {
	ArgumentClaim,
	ArgumentNode,
	ArgumentThesis,
	ArgumentTree,
	Relation,
	Side
} from './layout/argumentTree';
export { argumentMap, edgePath } from './layout/argumentMap';
export type { ArgumentMapLayout, ArgumentMapOptions } from './layout/argumentMap';

// Votes: each group's tally and the outcome under a majority rule, for the hemicycle's `votes`.
export { groupTally, majorityOf, voteOutcome } from './vote/voteOutcome';
export type { Choice, GroupLine, GroupTally, MajorityRule, VoteOutcome } from './vote/voteOutcome';

// Colours: a group's fill and a 3:1 outline ("ink") from any colour, per theme.
export { groupColourTokens, groupTokenCss } from './design/groupTokens';
export type { GroupColourTokens, Theme } from './design/groupTokens';

// UI strings: `translator(englishMessages)` is the `t` every chart takes.
export { translator } from './i18n/translate';
export type { MessageKey, Messages, Translate } from './i18n/translate';
export { englishMessages } from './i18n/englishMessages';
export { formatDate } from './i18n/format';
