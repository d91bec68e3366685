import { describe, expect, it } from 'vitest';
import { debateViewFromParams, debateViewToParams, defaultView, type DebateView } from './debateView';

const known = {
	who: ['RN', 'LFI-NFP'],
	hiddenCount: (side: 'for' | 'against') => (side === 'for' ? 10 : 24)
};
const read = (query: string) => debateViewFromParams(new URLSearchParams(query), known);

describe('debateViewFromParams', () => {
	it('gives the default view for an empty address, without notices', () => {
		expect(read('')).toEqual({ view: defaultView, notices: [] });
	});

	it('reads who, the hidden side and the count revealed', () => {
		expect(read('who=RN&hide=against&revealed=3').view).toEqual({ who: 'RN', hide: 'against', revealed: 3 });
		expect(read('hide=for&revealed=10').view).toEqual({ who: null, hide: 'for', revealed: 10 });
	});

	it.each([
		['who=XYZ', 'who', 'XYZ', { who: null }],
		['who=<img src=x onerror=alert(1)>', 'who', '<img src=x onerror=alert(1)>', { who: null }],
		['hide=both', 'hide', 'both', { hide: null }],
		['hide=against&revealed=25', 'revealed', '25', { hide: 'against', revealed: 0 }],
		['hide=for&revealed=-1', 'revealed', '-1', { hide: 'for', revealed: 0 }],
		['hide=for&revealed=2.5', 'revealed', '2.5', { hide: 'for', revealed: 0 }],
		['revealed=3', 'revealed', '3', { hide: null, revealed: 0 }]
	])('falls back to the default for %s and says so', (query, parameter, value, expected) => {
		const { view, notices } = read(query);
		expect(notices).toEqual([{ parameter, value }]);
		expect(view).toEqual({ ...defaultView, ...expected });
	});

	it('ignores parameters it does not know', () => {
		expect(read('utm_source=mail&hide=for')).toEqual({
			view: { ...defaultView, hide: 'for' },
			notices: []
		});
	});
});

describe('debateViewToParams', () => {
	it('writes only what differs from the default, and reads back the same view', () => {
		expect(debateViewToParams(defaultView)).toBe('');
		expect(debateViewToParams({ who: null, hide: null, revealed: 4 })).toBe('');
		const views: DebateView[] = [
			{ who: 'LFI-NFP', hide: null, revealed: 0 },
			{ who: null, hide: 'against', revealed: 0 },
			{ who: 'RN', hide: 'for', revealed: 7 }
		];
		for (const view of views) expect(read(debateViewToParams(view))).toEqual({ view, notices: [] });
	});
});
