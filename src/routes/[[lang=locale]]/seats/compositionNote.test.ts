import { describe, expect, it } from 'vitest';
import messages from '$content/en/messages.json';
import { translator, type Messages } from '$lib/i18n/translate';
import { compositionNote, type CompositionNotePoint } from './compositionNote';

const t = translator(messages as Messages);
const point = (
	date: string,
	seats: Record<string, number>,
	vacant: number,
	ballot: number | null
): CompositionNotePoint => ({
	date,
	seats,
	vacant,
	seated: Object.values(seats).reduce((a, b) => a + b, 0),
	ballot,
	event: ballot === null ? 'Groups as published in the Journal officiel' : null
});

const points = [
	point('2024-07-19', { A: 300, B: 277 }, 0, null),
	point('2026-10-01', { A: 296, B: 273 }, 8, 8435),
	point('2026-10-08', { A: 299, B: 275 }, 3, 8609),
	point('2026-10-09', { A: 299, B: 275 }, 3, 8700)
];

describe('compositionNote', () => {
	it('describes the first count by its occasion and date', () => {
		const note = compositionNote(t, points, 0, ['A', 'B'], 577, 'en');
		expect(note.origin).toBe('Groups as published in the Journal officiel.');
		expect(note.change).toBe('The groups as first published, on 19 July 2024.');
		expect(note.majority).toBe('577 deputies seated: a majority of them is 289; of the full house, 289.');
	});

	it('lists each group that moved since the count before, in order, then the vacant seats', () => {
		const note = compositionNote(t, points, 2, ['B', 'A'], 577, 'en');
		expect(note.change).toBe('Since 1 October 2026: B 273 → 275, A 296 → 299; 3 seats vacant.');
		expect(note.origin).toBe("Group sizes as printed in the Assembly's record of ballot n° 8609.");
		expect(note.majority).toBe('574 deputies seated: a majority of them is 288; of the full house, 289.');
	});

	it('says when no group changed', () => {
		expect(compositionNote(t, points, 3, ['A', 'B'], 577, 'en').change).toBe(
			'Since 8 October 2026: no group changed size.'
		);
	});
});
