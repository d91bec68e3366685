/** The props of the party position map, built from the NATO positions and the expert survey. */
import type { PositionAxis, PositionParty, PositionStep } from '$lib/charts/positions/types';
import { latestSeatChart } from './seatChart.server';
import type { Content } from './validate';

export interface PositionChartData {
	parties: PositionParty[];
	steps: PositionStep[];
	axes: PositionAxis[];
	axisNotes: Record<string, string | null>;
	/** The survey wave the dots use. */
	wave: string;
	waveSources: string[];
}

const axisIds = ['lrgen', 'eu_russia'] as const;

/** The survey wave nearest in time to a partial ISO date. */
function nearestWave(date: string, waves: readonly string[]): string | undefined {
	const year = Number(date.slice(0, 4));
	return waves.toSorted((a, b) => Math.abs(Number(a) - year) - Math.abs(Number(b) - year))[0];
}

export function positionChart(content: Content): PositionChartData {
	const { natoPositions, ches } = content;
	const seatChart = latestSeatChart(content);
	const waveIds = ches.waves.map((w) => w.id);
	const latestWave = waveIds.toSorted().at(-1)!;
	const scoresOf = (partyId: string, wave: string) => {
		const all = ches.parties.find((p) => p.id === partyId)?.scores as
			Record<string, Record<string, number>> | undefined;
		const scores = all?.[wave];
		return Object.fromEntries(axisIds.map((axis) => [axis, scores?.[axis] ?? null]));
	};
	const parties = natoPositions.parties.map((p) => ({
		id: p.id,
		label: p.short,
		name: p.name,
		group: p.group,
		stance: p.stance,
		basis: p.stanceBasis,
		stanceNote: p.stanceNote ?? null,
		seats: p.group ? (seatChart.groups.find((g) => g.id === p.group)?.seats ?? 0) : 0,
		fill: p.group ? `var(--group-${p.group}-fill)` : 'var(--colour-muted)',
		ink: p.group ? `var(--group-${p.group}-ink)` : 'var(--colour-text)',
		values: scoresOf(p.id, latestWave),
		// Each dated stance sits at the survey placement nearest in time; the last point is today's.
		trail: [
			...p.history.map((h) => ({
				stance: h.stance,
				date: h.from,
				values: scoresOf(p.id, nearestWave(h.from, waveIds)!)
			})),
			{ stance: p.stance, date: natoPositions.asOf, values: scoresOf(p.id, latestWave) }
		],
		evidence: p.evidence[0] ?? null
	}));
	const item = (id: string) => ches.items.find((i) => i.id === id)!;
	return {
		parties,
		steps: natoPositions.scale.filter((s) => s.id !== 'unknown'),
		axes: axisIds.map((id) => {
			const i = item(id);
			return { id, label: i.label, min: i.min, max: i.max, lowLabel: i.lowLabel, highLabel: i.highLabel };
		}),
		axisNotes: Object.fromEntries(axisIds.map((id) => [id, item(id).note ?? null])),
		wave: latestWave,
		waveSources: ches.waves.find((w) => w.id === latestWave)!.sources
	};
}
