/** Which ballots give the recorded compositions, and what each composition says. */
import { describe, expect, it } from 'vitest';
import {
	compositionBallots,
	recordedCompositions,
	type SeatsOnBallot
} from '../../../scripts/data/assembly/compositions';
import { ImportError } from '../../../scripts/data/assembly/errors';

/** A ballot with the left's and the right's seats. */
const b = (number: number, date: string, L: number, R: number): SeatsOnBallot => ({
	number,
	date,
	seats: { L, R }
});
const numbers = (ballots: SeatsOnBallot[]) => ballots.map((ballot) => ballot.number);

describe('compositionBallots', () => {
	it('takes the first ballot of each calendar month', () => {
		const ballots = [
			b(1, '2024-10-08', 4, 5),
			b(2, '2024-10-09', 4, 5),
			b(3, '2024-11-04', 4, 5),
			b(4, '2024-11-05', 4, 5)
		];
		expect(numbers(compositionBallots(ballots))).toEqual([1, 3]);
	});

	it('adds the ballot from which the newest composition has held, as the research added n° 8609', () => {
		// 1 October 2026: 569 seated; 8 October: 574, unchanged to the newest ballot, n° 8621.
		const ballots = [
			b(8435, '2026-10-01', 118, 451),
			b(8608, '2026-10-07', 118, 451),
			b(8609, '2026-10-08', 121, 453),
			b(8621, '2026-10-08', 121, 453)
		];
		expect(numbers(compositionBallots(ballots))).toEqual([8435, 8609]);
	});

	it('adds nothing when the newest composition has held since the first ballot of its month', () => {
		const ballots = [b(1, '2026-01-05', 4, 5), b(2, '2026-02-02', 5, 5), b(3, '2026-02-09', 5, 5)];
		expect(numbers(compositionBallots(ballots))).toEqual([1, 2]);
	});

	it('reaches back over months when nothing changed', () => {
		const ballots = [b(1, '2026-01-05', 4, 5), b(2, '2026-01-20', 5, 5), b(3, '2026-02-02', 5, 5)];
		expect(numbers(compositionBallots(ballots))).toEqual([1, 2, 3]);
	});

	it('keeps one composition a day: the later ballot, whose sizes held from then on', () => {
		const ballots = [b(1, '2026-02-02', 4, 5), b(2, '2026-02-02', 5, 5), b(3, '2026-02-10', 5, 5)];
		expect(numbers(compositionBallots(ballots))).toEqual([2]);
	});

	it('reads the ballots in number order, whatever order they come in', () => {
		const ballots = [b(3, '2026-02-02', 5, 5), b(1, '2026-01-05', 4, 5), b(2, '2026-01-06', 4, 5)];
		expect(numbers(compositionBallots(ballots))).toEqual([1, 3]);
	});

	it('gives nothing for no ballot', () => {
		expect(compositionBallots([])).toEqual([]);
	});
});

describe('recordedCompositions', () => {
	const page = (n: number) => `https://www.assemblee-nationale.fr/dyn/17/scrutins/${n}`;

	it('names each composition by its date and counts the seated and the vacant', () => {
		expect(recordedCompositions([b(1, '2026-01-05', 4, 5)], 10, page)).toEqual([
			{
				id: '2026-01-05',
				date: '2026-01-05',
				ballot: 1,
				seated: 9,
				vacant: 1,
				seats: { L: 4, R: 5 },
				sourceUrl: 'https://www.assemblee-nationale.fr/dyn/17/scrutins/1'
			}
		]);
	});

	it('refuses a ballot whose groups have more members than the house has seats', () => {
		expect(() => recordedCompositions([b(7, '2026-01-05', 6, 5)], 10, page)).toThrow(
			new ImportError(
				'ballot n° 7 (2026-01-05): its groups have 11 members, more than the 10 seats of "totalSeats" in content/data/assembly.json'
			)
		);
	});
});
