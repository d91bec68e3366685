/** Tests for what the data layer adds to the argument graph: each claim's speakers. */
import { describe, expect, it } from 'vitest';
import { claimSpeakers } from './argumentGraph';

describe('claimSpeakers', () => {
	it('names each speaker once, in attribution order, without parenthetical caveats', () => {
		const claims = [
			{
				id: 'a',
				attributions: [
					{ speaker: 'Mark Rutte' },
					{ speaker: 'A deputy of the Rassemblement national group (name not shown in our copy)' },
					{ speaker: 'Mark Rutte' }
				]
			},
			{ id: 'b', attributions: [{ speaker: 'La France insoumise deputies (Bastien Lachaud and others)' }] }
		];
		expect(claimSpeakers(claims)).toEqual({
			a: ['Mark Rutte', 'A deputy of the Rassemblement national group'],
			b: ['La France insoumise deputies']
		});
	});
});
