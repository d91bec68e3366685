/**
 * How long `hemicycleSeats` takes per call, for a chamber the size of the French National Assembly
 * (577 seats in 12 groups) and for 1,000 seats, with each fill strategy. A report, not a test: it prints
 * the median and 95th-percentile time per call, in microseconds, and always exits 0. It also times
 * `labelPlacement` for 30 labels of the position map's sizes (a timing, so a report here, not a unit test).
 *
 * Usage: tsx scripts/bench-hemicycle.ts   (npm run bench)
 */
import { performance } from 'node:perf_hooks';
import { hemicycleSeats, type FillStrategy, type HemicycleGroup } from '../src/lib/layout/hemicycle';
import { labelPlacement, type LabelPoint } from '../src/lib/layout/labelPlacement';
import { formatTable } from './textTable';

const warmUpRuns = 500;
const timedRuns = 2000;

/** Roughly the Assembly's groups in early 2026; only the sizes matter here, not the exact figures. */
const nationalAssembly: HemicycleGroup[] = Object.entries({
	'LFI-NFP': 71,
	GDR: 17,
	EcoS: 38,
	SOC: 69,
	LIOT: 23,
	Dem: 36,
	EPR: 91,
	HOR: 34,
	DR: 50,
	UDR: 16,
	RN: 123,
	NI: 9
}).map(([id, seats]) => ({ id, seats }));

/** 1,000 seats in 10 groups of 100. */
const thousandSeats: HemicycleGroup[] = Array.from({ length: 10 }, (_, i) => ({ id: `g${i}`, seats: 100 }));

interface Case {
	name: string;
	groups: HemicycleGroup[];
	fill: FillStrategy;
}

const cases: Case[] = [
	{ name: 'National Assembly', groups: nationalAssembly, fill: 'even' },
	{ name: 'National Assembly', groups: nationalAssembly, fill: 'dense' },
	{ name: '1,000 seats', groups: thousandSeats, fill: 'even' },
	{ name: '1,000 seats', groups: thousandSeats, fill: 'dense' }
];

/** The value below which `fraction` of the sorted `values` fall (nearest rank). */
function percentile(sorted: readonly number[], fraction: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}

/** The time of each of `timedRuns` calls, in microseconds, sorted, after `warmUpRuns` untimed calls. */
function callTimes({ groups, fill }: Case): number[] {
	let seatsLaidOut = 0;
	for (let run = 0; run < warmUpRuns; run++) seatsLaidOut += hemicycleSeats(groups, { fill }).seats.length;
	const times: number[] = [];
	for (let run = 0; run < timedRuns; run++) {
		const start = performance.now();
		seatsLaidOut += hemicycleSeats(groups, { fill }).seats.length;
		times.push((performance.now() - start) * 1000);
	}
	// Using the result keeps the engine from optimising the calls away.
	if (seatsLaidOut === 0) throw new Error('No seats were laid out.');
	return times.sort((a, b) => a - b);
}

const rows = cases.map((benchCase) => {
	const times = callTimes(benchCase);
	const total = benchCase.groups.reduce((sum, group) => sum + group.seats, 0);
	const layout = hemicycleSeats(benchCase.groups, { fill: benchCase.fill });
	return [
		benchCase.name,
		benchCase.fill,
		String(total),
		String(benchCase.groups.length),
		String(layout.rows),
		percentile(times, 0.5).toFixed(1),
		percentile(times, 0.95).toFixed(1)
	];
});

console.log(`hemicycleSeats: ${timedRuns} timed calls per case after ${warmUpRuns} warm-up calls\n`);
console.log(formatTable(['chamber', 'fill', 'seats', 'groups', 'rows', 'median µs', 'p95 µs'], rows, [0, 1]));

/** 30 labels of mixed dot radius and label width, spread over a 600 × 400 plot. */
const labels: LabelPoint[] = Array.from({ length: 30 }, (_, i) => ({
	id: `p${i}`,
	x: 20 + ((i * 97) % 560),
	y: 20 + ((i * 53) % 360),
	r: 3 + (i % 15),
	width: 20 + ((i * 7) % 70),
	height: 14
}));
const bounds = { x0: 0, y0: 0, x1: 600, y1: 400 };
let placed = 0;
for (let run = 0; run < warmUpRuns; run++) placed += labelPlacement(labels, { bounds }).length;
const labelTimes: number[] = [];
for (let run = 0; run < timedRuns; run++) {
	const start = performance.now();
	placed += labelPlacement(labels, { bounds }).length;
	labelTimes.push((performance.now() - start) * 1000);
}
if (placed === 0) throw new Error('No labels were placed.');
labelTimes.sort((a, b) => a - b);
console.log(
	`\nlabelPlacement, 30 labels: median ${percentile(labelTimes, 0.5).toFixed(1)} µs, p95 ${percentile(labelTimes, 0.95).toFixed(1)} µs`
);
