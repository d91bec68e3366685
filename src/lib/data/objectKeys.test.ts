import { describe, expect, it } from 'vitest';
import { isObjectPrototypeKey, objectPrototypeKeyPath } from './objectKeys';

describe('isObjectPrototypeKey', () => {
	it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'])(
		'refuses %s',
		(name) => expect(isObjectPrototypeKey(name)).toBe(true)
	);

	it.each(['LFI-NFP', 'constructors', 'to-string', 'proto', ''])('allows %j', (name) =>
		expect(isObjectPrototypeKey(name)).toBe(false)
	);
});

describe('objectPrototypeKeyPath', () => {
	it('finds a key anywhere in parsed JSON, even __proto__, which JSON.parse keeps as an own key', () => {
		expect(
			objectPrototypeKeyPath(JSON.parse('{"a": [{"b": 1}, {"seats": {"L": 1, "__proto__": 2}}]}'))
		).toEqual(['a', 1, 'seats', '__proto__']);
		expect(objectPrototypeKeyPath({ toString: 'x' })).toEqual(['toString']);
	});

	it('finds nothing in values, only in keys', () => {
		expect(objectPrototypeKeyPath({ id: 'constructor', list: ['toString'], n: null })).toBeNull();
	});
});
