import { describe, expect, it } from 'vitest';
import { markEvent } from './timelineMarks';

describe('markEvent', () => {
	it('keeps where the charts draw an event and leaves its title, text and sources to the list’s cards', () => {
		const drawn = markEvent({
			id: 'maduro-captured',
			lane: 'us',
			category: 'military-action',
			date: '2026-01-03',
			endDate: '2026-01-04',
			title: 'US strikes Caracas',
			description: 'Before dawn…',
			certainty: 'reported',
			citedByMotion: true,
			motionSources: ['motion'],
			sources: ['a', 'b'],
			note: 'A note.',
			disagreement: { claim: 'A claim.', record: 'The record.', sources: ['c'] }
		});
		expect(drawn).toEqual({
			id: 'maduro-captured',
			lane: 'us',
			category: 'military-action',
			date: '2026-01-03',
			endDate: '2026-01-04',
			citedByMotion: true
		});
	});

	it('writes no end date for an event of one date', () => {
		const drawn = markEvent({
			id: 'a',
			lane: 'us',
			category: 'trade',
			date: '2025',
			title: 'A',
			description: '',
			certainty: 'official-record',
			citedByMotion: false,
			sources: []
		});
		expect(Object.keys(drawn)).not.toContain('endDate');
	});
});
