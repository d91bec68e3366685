/**
 * The whole horizontal timeline chart as geometry, from its events and view: the key of marker styles, the
 * eras' names on their bands, the axis with its ticks and the breaks where the scale changes, then the lanes
 * with their marks and annotation labels (timeline.ts), stacked top to bottom. The component only draws it.
 * Pure and deterministic.
 *
 * The full history uses an eras scale (each era's share of the width follows how many events it holds, so
 * that the crowded present is not squeezed), marked with a break at each change of scale; a zoomed view is
 * linear. `compact` is for a small figure, such as a story step: no key, one line per era name, tighter rows,
 * and labels only for the selected and annotated events.
 */
import type { Measure } from './labelLines';
import {
	keyLayout,
	eraLabels,
	scaleBreaks,
	type EraLabel,
	type KeyItem,
	type PlacedKeyItem
} from './timelineFrame';
import { timelineLayout, type TimelineLayout } from './timeline';
import { safeTextWidth } from './safeTextWidth';
import { dateExtent } from '$lib/dates/partialDate';
import { erasScale, isFullDomain, linearTimeScale, type TimeScale } from './timeScale';

export interface ChartEvent {
	id: string;
	lane: string;
	date: string;
	endDate?: string;
	/** The label: the event's title, shown whole or not at all. */
	title: string;
	/** Labelled before other events (e.g. the US actions the motion cites). */
	preferred?: boolean;
}

export interface ChartEra {
	id: string;
	label: string;
	start: string;
	end: string;
}

export interface TimelineChartOptions {
	/** The lanes' ids, top to bottom. */
	lanes: readonly string[];
	/** Named periods covering the whole history, in order. */
	eras: readonly ChartEra[];
	/** The plot's width, in px. */
	width: number;
	/** The range shown, UTC ms; null (or the whole domain) for the full history on the eras scale. */
	visible: readonly [number, number] | null;
	/** The event whose label is always shown whole. */
	selected?: string | null;
	/** Events to label next, in order. */
	annotate?: readonly string[];
	/** A small figure: see the module's comment. Default false. */
	compact?: boolean;
	/** The key's items (marker styles); none when compact. */
	key?: readonly KeyItem[];
	/** Label text size, in px. Default 12. */
	fontSize?: number;
	/** Measures a label at `fontSize`. Default `safeTextWidth`. */
	measure?: Measure;
}

export interface TimelineChartGeometry {
	scale: TimeScale;
	/** Whether the view is a zoomed, linear one. */
	zoomed: boolean;
	/** The range shown, UTC ms. */
	range: [number, number];
	/** The key's items, with `y` their line's vertical centre, in px. */
	key: (PlacedKeyItem & { y: number })[];
	/** The eras' names, with `y` the first line's centre, in px. */
	eraLabels: (EraLabel & { y: number })[];
	/** Where the scale changes, in px along x (eras scale only). */
	breaks: number[];
	/** The axis line's y, in px: tick labels sit above it, the lanes start below it. */
	axisY: number;
	/** Where the era bands start, in px. */
	bandsTop: number;
	/** The lanes, marks and labels, their y already below the axis. */
	layout: TimelineLayout;
	/** The whole drawing's height, in px. */
	height: number;
	/** The size settings used, for drawing: `lineHeight` of labels, `markSize`. */
	lineHeight: number;
	markSize: number;
}

/** The chart's geometry; see the module's comment. Throws as `timelineLayout` and the scales do. */
export function timelineChartGeometry(
	events: readonly ChartEvent[],
	options: TimelineChartOptions
): TimelineChartGeometry {
	const { lanes, eras, width, visible, selected = null, annotate = [], compact = false } = options;
	const fontSize = options.fontSize ?? 12;
	const measure = options.measure ?? ((text: string) => safeTextWidth(text, fontSize));
	const lineHeight = Math.round(fontSize * (compact ? 1.17 : 1.25));
	const weighted = weightedEras(events, eras);
	const domain: [number, number] = [dateExtent(eras[0]!.start).start, dateExtent(eras.at(-1)!.end).end];
	const zoomed = visible !== null && !isFullDomain(visible, domain);
	const range: [number, number] = zoomed ? [visible[0], visible[1]] : domain;
	const scale = zoomed ? linearTimeScale(range, [0, width], weighted) : erasScale(weighted, [0, width]);

	let y = 0;
	const placedKey = compact ? { items: [], lines: 0 } : keyLayout(options.key ?? [], width, { measure });
	const key = placedKey.items.map((item) => ({ ...item, y: y + (item.line + 0.5) * lineHeight }));
	y += placedKey.lines * lineHeight + (placedKey.lines > 0 ? 8 : 0);

	const bandsTop = y;
	const names = eras.map((era) => ({ id: era.id, label: era.label, short: eraYears(era, true) }));
	// A small figure inside one era leaves its name out: the step's text says when it is.
	const named = compact && scale.eraBands.length < 2 ? [] : scale.eraBands;
	const setNames = eraLabels(named, names, { measure, maxLines: compact ? 1 : 2 });
	const nameLines = Math.max(0, ...setNames.map((label) => label.lines.length));
	const eraNames = setNames.map((label) => ({ ...label, y: y + 4 + lineHeight / 2 }));
	y += nameLines > 0 ? 4 + nameLines * lineHeight : 0;

	// Tick labels (12 px) above the axis line.
	const axisY = y + (compact ? 18 : 22);
	const layout = timelineLayout(
		events.map((event) => ({
			id: event.id,
			lane: event.lane,
			date: event.date,
			endDate: event.endDate,
			label: event.title
		})),
		{
			lanes,
			scale,
			width,
			laneHeaderHeight: compact ? 16 : 22,
			rowHeight: compact ? 18 : 24,
			// A small figure keeps each lane's marks on one line (a dense month reads as a cluster), and gives
			// rows only to the lanes with a label to place.
			rows: compact ? 1 : 4,
			// About nine rows of labels in all, shared by the lanes (a one-lane figure annotates more).
			rowsWithLabels: compact ? Math.max(3, Math.floor(9 / Math.max(1, lanes.length))) : 4,
			trimRows: compact,
			markSize: compact ? 9 : 10,
			markSpacing: compact ? -9 : 2,
			lineHeight,
			measure,
			selected,
			annotate,
			labelOthers: !compact,
			preferred: events.filter((event) => event.preferred).map((event) => event.id),
			focusX: focusOf(events, selected, scale, width, zoomed)
		}
	);
	const shifted = shiftLayout(layout, axisY + 4);
	return {
		scale,
		zoomed,
		range,
		key,
		eraLabels: eraNames,
		breaks: zoomed ? [] : scaleBreaks(scale.eraBands),
		axisY,
		bandsTop,
		layout: shifted,
		height: shifted.height,
		lineHeight,
		markSize: compact ? 9 : 10
	};
}

/** Each era weighted by how many events it holds, plus two so that an era with few keeps room for its name. */
export function weightedEras(events: readonly { date: string }[], eras: readonly ChartEra[]) {
	const starts = events.map((event) => dateExtent(event.date).start);
	return eras.map((era) => {
		const [start, end] = [dateExtent(era.start).start, dateExtent(era.end).end];
		const count = starts.filter((at) => at >= start && at < end).length;
		return { id: era.id, start: era.start, end: era.end, weight: count + 2 };
	});
}

/** An era's years, e.g. "1949–1965" (`short`: "1949–65" within a century), or one year. */
export function eraYears(era: Pick<ChartEra, 'start' | 'end'>, short = false): string {
	const [from, to] = [era.start.slice(0, 4), era.end.slice(0, 4)];
	if (from === to) return from;
	return short && from.slice(0, 2) === to.slice(0, 2) ? `${from}–${to.slice(2)}` : `${from}–${to}`;
}

/** Where labels are wanted most: at the selected event, else the middle of a zoomed view, else the present. */
function focusOf(
	events: readonly ChartEvent[],
	selected: string | null,
	scale: TimeScale,
	width: number,
	zoomed: boolean
): number {
	const event = events.find((e) => e.id === selected);
	if (event) return scale(dateExtent(event.date).start);
	return zoomed ? width / 2 : width;
}

function shiftLayout(layout: TimelineLayout, dy: number): TimelineLayout {
	return {
		...layout,
		lanes: layout.lanes.map((lane) => ({ ...lane, y0: lane.y0 + dy, y1: lane.y1 + dy })),
		marks: layout.marks.map((mark) => ({
			...mark,
			y: mark.y + dy,
			label: mark.label && {
				...mark.label,
				y: mark.label.y + dy,
				box: { ...mark.label.box, y: mark.label.box.y + dy },
				leader: mark.label.leader && {
					...mark.label.leader,
					y1: mark.label.leader.y1 + dy,
					y2: mark.label.leader.y2 + dy
				}
			}
		})),
		// The lanes' bottom, which is the drawing's.
		height: layout.height + dy
	};
}
