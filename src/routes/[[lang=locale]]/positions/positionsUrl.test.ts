import { describe, expect, it } from 'vitest';
import { positionsFromParams, positionsToParams } from './positionsUrl';

const known = { parties: ['rn', 'lfi'], groups: ['RN', 'LIOT'], axes: ['lrgen', 'eu_russia'] };
const parse = (query: string) => positionsFromParams(new URLSearchParams(query), known);

describe('positionsFromParams and positionsToParams', () => {
	it('reads a party and the Russia scale, and writes them back the same way', () => {
		const { state, notices } = parse('party=rn&axis=russia');
		expect(state).toEqual({ party: 'rn', group: null, axis: 'eu_russia' });
		expect(notices).toEqual([]);
		expect(positionsToParams(state, 'lrgen')).toBe('party=rn&axis=russia');
	});

	it('leaves the defaults out, so the plain page has an empty query', () => {
		expect(positionsToParams({ party: null, group: null, axis: 'lrgen' }, 'lrgen')).toBe('');
		expect(parse('').state).toEqual({ party: null, group: null, axis: 'lrgen' });
	});

	it('takes a group with no party on the map, and the survey’s own column name for a scale', () => {
		expect(parse('group=LIOT&axis=eu_russia').state).toEqual({
			party: null,
			group: 'LIOT',
			axis: 'eu_russia'
		});
		expect(positionsToParams({ party: null, group: 'LIOT', axis: 'lrgen' }, 'lrgen')).toBe('group=LIOT');
	});

	it('drops values it does not know for the defaults and reports them as written', () => {
		const { state, notices } = parse('party=<b>x</b>&axis=up');
		expect(state).toEqual({ party: null, group: null, axis: 'lrgen' });
		expect(notices).toEqual([
			{ parameter: 'party', value: '<b>x</b>' },
			{ parameter: 'axis', value: 'up' }
		]);
	});
});
