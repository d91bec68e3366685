import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { voteOutcome, type GroupLine } from '$lib/vote/voteOutcome';
import { voteBar } from './voteBar';

describe('voteBar', () => {
	it('under the votes-cast rule holds only the votes cast, with the line at half of them', () => {
		const bar = voteBar({ for: 46, against: 154, abstain: 14, absent: 360, rule: 'cast', needed: 101 });
		expect(bar.total).toBe(200);
		expect(bar.segments.map((s) => s.key)).toEqual(['for', 'against']);
		expect(bar.segments[0]).toMatchObject({ start: 0, width: 0.23 });
		expect(bar.line).toBe(0.5);
		expect(bar.uncounted).toEqual({ abstain: 14, absent: 360 });
	});

	it('under the absolute rule holds every deputy sitting, with the line at half of the members', () => {
		const bar = voteBar({ for: 300, against: 200, abstain: 20, absent: 54, rule: 'absolute', needed: 288 });
		expect(bar.total).toBe(574);
		expect(bar.segments.map((s) => s.key)).toEqual(['for', 'abstain', 'against', 'absent']);
		expect(bar.line).toBeCloseTo(287 / 574);
		expect(bar.uncounted).toBeNull();
	});

	it('draws nothing and keeps the line in the middle when no vote is cast', () => {
		const bar = voteBar({ for: 0, against: 0, abstain: 0, absent: 574, rule: 'cast', needed: 1 });
		expect(bar.segments.every((s) => s.width === 0)).toBe(true);
		expect(bar.line).toBe(0.5);
	});

	it('for any vote, the segments tile the bar and "for" reaches past the line exactly when the vote passes', () => {
		const line = fc.record({
			choice: fc.constantFrom('for' as const, 'against' as const, 'abstain' as const),
			discipline: fc.integer({ min: 0, max: 100 }),
			turnout: fc.integer({ min: 0, max: 100 })
		});
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 150 }), line), { minLength: 1, maxLength: 12 }),
				fc.constantFrom('cast' as const, 'absolute' as const),
				(rows, rule) => {
					const groups = rows.map(([seats], i) => ({ id: `g${i}`, seats }));
					const lines: Record<string, GroupLine> = Object.fromEntries(rows.map(([, l], i) => [`g${i}`, l]));
					const outcome = voteOutcome(groups, lines, 577, rule);
					const bar = voteBar(outcome);
					if (bar.total === 0) return;
					const end = bar.segments.at(-1)!;
					expect(end.start + end.width).toBeCloseTo(1);
					const votesFor = bar.segments[0]!;
					expect(votesFor.width > bar.line + 1e-12).toBe(outcome.passes);
				}
			)
		);
	});
});
