import { describe, expect, it } from 'vitest';
import { eventInFragment, fragmentFor } from './timelineAddress';

const ids = new Set(['maduro-captured', 'été-2025']);

describe('eventInFragment', () => {
	it('reads a known event, percent-decoded', () => {
		expect(eventInFragment('#event-maduro-captured', ids)).toBe('maduro-captured');
		expect(eventInFragment(`#event-${encodeURIComponent('été-2025')}`, ids)).toBe('été-2025');
	});

	it('names nothing for a fragment that is not a known event, malformed or not', () => {
		for (const hash of ['', '#', '#content', '#event-', '#event-%', '#event-%E0%A4%A', '#event-nonexistent'])
			expect(eventInFragment(hash, ids), hash).toBeNull();
		// Object keys are not events.
		for (const hash of ['#event-__proto__', '#event-constructor', '#event-toString'])
			expect(eventInFragment(hash, ids), hash).toBeNull();
	});
});

describe('fragmentFor', () => {
	it('names the opened event', () => {
		expect(fragmentFor('maduro-captured', '#content', ids)).toBe('#event-maduro-captured');
	});

	it('drops a known event once it is closed, and keeps any other fragment as it is', () => {
		expect(fragmentFor(null, '#event-maduro-captured', ids)).toBe('');
		for (const hash of ['', '#content', '#event-%', '#event-nonexistent'])
			expect(fragmentFor(null, hash, ids), hash).toBe(hash);
	});
});
