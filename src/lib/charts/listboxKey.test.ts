import { describe, expect, it } from 'vitest';
import { listboxKey } from './listboxKey';

const order = ['a', 'b', 'c'];

describe('listboxKey', () => {
	it.each([
		[null, 'ArrowRight', { type: 'move', active: 'a' }],
		['a', 'ArrowDown', { type: 'move', active: 'b' }],
		['c', 'ArrowRight', { type: 'move', active: 'c' }],
		['b', 'ArrowLeft', { type: 'move', active: 'a' }],
		['a', 'ArrowUp', { type: 'move', active: 'a' }],
		['b', 'Home', { type: 'move', active: 'a' }],
		['a', 'End', { type: 'move', active: 'c' }],
		['b', 'Enter', { type: 'choose', active: 'b' }],
		['b', ' ', { type: 'choose', active: 'b' }],
		['b', 'Escape', { type: 'clear' }],
		['b', 'x', { type: 'none' }]
	] as const)('from %s, %s gives %j', (active, key, expected) => {
		expect(listboxKey(order, active, key)).toEqual(expected);
	});

	it('keeps nothing active in an empty list', () => {
		expect(listboxKey([], null, 'ArrowRight')).toEqual({ type: 'move', active: null });
	});
});
