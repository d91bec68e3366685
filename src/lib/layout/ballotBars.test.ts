import { describe, expect, it } from 'vitest';
import { ballotBar, seatTicks } from './ballotBars';

describe('ballotBar', () => {
	it('lays out for, against, abstentions, the rest of the seated and the vacant seats end to end (n° 3260)', () => {
		const bar = ballotBar({ seated: 577, for: 185, against: 184, abstain: 5, needed: 185 }, 577);
		expect(bar.segments).toEqual([
			{ kind: 'for', x: 0, width: 185 },
			{ kind: 'against', x: 185, width: 184 },
			{ kind: 'abstain', x: 369, width: 5 },
			{ kind: 'notVoting', x: 374, width: 203 }
		]);
		expect(bar.needed).toBe(185);
	});

	it('covers the full house exactly, vacant seats last', () => {
		const bar = ballotBar({ seated: 574, for: 133, against: 158, abstain: 3, needed: 146 }, 577);
		const last = bar.segments.at(-1)!;
		expect(last).toEqual({ kind: 'vacant', x: 574, width: 3 });
		expect(bar.segments.reduce((sum, s) => sum + s.width, 0)).toBe(577);
	});

	it('refuses counts larger than the seats', () => {
		expect(() => ballotBar({ seated: 10, for: 8, against: 5, abstain: 0, needed: 7 }, 10)).toThrow(
			/notVoting/
		);
	});
});

describe('seatTicks', () => {
	it('ticks every hundred seats and ends on the full house', () => {
		expect(seatTicks(577)).toEqual([0, 100, 200, 300, 400, 500, 577]);
	});
	it('drops a tick too close to the end', () => {
		expect(seatTicks(530)).toEqual([0, 100, 200, 300, 400, 530]);
	});
});
