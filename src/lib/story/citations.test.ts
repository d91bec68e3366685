import { describe, expect, it } from 'vitest';
import { sourcesCitedIn } from './citations';

const data = { factSources: { filed: ['a', 'b'], said: ['c'] }, seatSources: ['lcp'] };

describe('sourcesCitedIn', () => {
	it('collects direct citations, the sources of the facts shown and of seat counts', () => {
		const copy =
			'On <Fact id="filed" weekday />, … <Quote id="said" /> … <Cite ids="d  e" /> LFI holds <Seats of="LFI" />.';
		expect([...sourcesCitedIn(copy, data)].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'lcp']);
	});

	it('finds nothing in copy without references', () => {
		expect(sourcesCitedIn('Plain text about seats and facts.', data).size).toBe(0);
	});
});
