import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './jsonSyntax';

describe('jsonSyntaxError', () => {
	it.each([
		'{}',
		'[]',
		' {"a": [1, -2.5e3, true, false, null, "x\\"\\u00e9\\n"], "b": {"c": {}}}\n',
		'"text"',
		'0'
	])('finds nothing wrong in valid JSON: %s', (text) => {
		expect(() => JSON.parse(text)).not.toThrow();
		expect(jsonSyntaxError(text)).toBeNull();
	});

	it.each([
		[
			'{\n\t"a": [1, 2,]\n}',
			2,
			13,
			'expected a value, found "]" (JSON allows no comma before a closing bracket)'
		],
		[
			'{\n\t"a": 1,\n}',
			3,
			1,
			'expected a property name in double quotes, found "}" (JSON allows no comma before a closing bracket)'
		],
		['{\n\t"a": 1\n\t"b": 2\n}', 3, 2, 'expected "," or "}", found "\\""'],
		["{ 'a': 1 }", 1, 3, 'expected a property name in double quotes, found "\'"'],
		['{ "a" 1 }', 1, 7, 'expected ":" after the property name, found "1"'],
		['{ "a": 1', 1, 9, 'expected "," or "}", found the end of the file'],
		['{ "a": "b\n" }', 1, 10, 'a string holds a line break or control character'],
		['{ "a": "\\x" }', 1, 9, 'a string holds an unknown escape, "\\\\x"'],
		['{ "a": "b', 1, 10, 'a string is not closed'],
		['[1] [2]', 1, 5, 'expected the end of the file after the value, found "["'],
		['', 1, 1, 'expected a value, found the end of the file'],
		['[01]', 1, 3, 'expected "," or "]", found "1"'],
		['{ "a": undefined }', 1, 8, 'expected a value, found "u"']
	])('finds the first error in %j at line %i, column %i', (text, line, column, problem) => {
		expect(() => JSON.parse(text)).toThrow();
		expect(jsonSyntaxError(text)).toEqual({ line, column, problem });
	});
});
