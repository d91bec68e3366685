/**
 * The public API of the chart components (`npm run package` builds it into @france-nato/charts): the charts,
 * their data tables and cards, the types of their props, the pure layout functions they draw, and the
 * translator that makes their `t` prop. Every chart takes all of its data and text as props.
 */
export { default as Hemicycle } from './charts/hemicycle/Hemicycle.svelte';
export { default as HemicycleTable } from './charts/hemicycle/HemicycleTable.svelte';
export { default as VoteLegend } from './charts/hemicycle/VoteLegend.svelte';
export type { GroupVoteCounts, HemicycleGroup, SeatState } from './charts/hemicycle/types.js';
export { default as TimelineChart } from './charts/timeline/TimelineChart.svelte';
export { default as TimelineList } from './charts/timeline/TimelineList.svelte';
export { default as EventCard } from './charts/timeline/EventCard.svelte';
export type { TimelineCategory, TimelineEra, TimelineEventView, TimelineLane } from './charts/timeline/types.js';
export { default as PositionMap } from './charts/positions/PositionMap.svelte';
export { default as PositionTable } from './charts/positions/PositionTable.svelte';
export { default as EvidenceCard } from './charts/positions/EvidenceCard.svelte';
export type { PositionAxis, PositionEvidence, PositionParty, PositionStep } from './charts/positions/types.js';
export { default as ArgumentMap } from './charts/arguments/ArgumentMap.svelte';
export { default as ArgumentColumns } from './charts/arguments/ArgumentColumns.svelte';
export { default as ArgumentOutline } from './charts/arguments/ArgumentOutline.svelte';
export { default as ClaimCard } from './charts/arguments/ClaimCard.svelte';
export type { ClaimAttribution, ClaimView } from './charts/arguments/types.js';
export { default as ChartFrame } from './charts/ChartFrame.svelte';
export { hemicycleSeats, majorityLine, maxHemicycleSeats } from './layout/hemicycle.js';
export type { FillStrategy, HemicycleLayout, HemicycleOptions, HemicycleSeat, MajorityLine, MajorityLineOptions } from './layout/hemicycle.js';
export { timelineLayout } from './layout/timeline.js';
export type { TimelineLayout, TimelineMark, TimelineOptions } from './layout/timeline.js';
export { erasScale, linearTimeScale, zoomTo, panBy, dateExtent } from './layout/timeScale.js';
export type { Era, TimeScale } from './layout/timeScale.js';
export { positionMapLayout, dodge } from './layout/positionMap.js';
export type { PositionMapLayout, PositionMapOptions, PositionMapPoint } from './layout/positionMap.js';
export { labelPlacement } from './layout/labelPlacement.js';
export type { LabelOptions, LabelPoint, PlacedLabel } from './layout/labelPlacement.js';
export { argumentTree, visibleNodes, fadedClaims, withoutSide } from './layout/argumentTree.js';
export type { ArgumentClaim, ArgumentNode, ArgumentThesis, ArgumentTree, Relation, Side } from './layout/argumentTree.js';
export { argumentMap, edgePath } from './layout/argumentMap.js';
export type { ArgumentMapLayout, ArgumentMapOptions } from './layout/argumentMap.js';
export { groupTally, majorityOf, voteOutcome } from './vote/voteOutcome.js';
export type { Choice, GroupLine, GroupTally, MajorityRule, VoteOutcome } from './vote/voteOutcome.js';
export { groupColourTokens, groupTokenCss } from './design/groupTokens.js';
export type { GroupColourTokens, Theme } from './design/groupTokens.js';
export { translator } from './i18n/translate.js';
export type { MessageKey, Messages, Translate } from './i18n/translate.js';
export { englishMessages } from './i18n/englishMessages.js';
export { formatDate } from './data/dates.js';
