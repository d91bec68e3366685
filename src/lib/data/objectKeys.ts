/**
 * Names a content file must not use as an id or a key: those every JavaScript object already has
 * (`constructor`, `toString`, `hasOwnProperty`, `__proto__`…), and `prototype`. Such an id makes
 * `id in record` true with no entry, and valibot drops such a key from a record without a word, so that a
 * check downstream passes or fails for the wrong reason.
 */

const reserved = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** True when `name` is a property every JavaScript object has (or `prototype`), so no id or key may be it. */
export function isObjectPrototypeKey(name: string): boolean {
	return reserved.has(name);
}

/**
 * The path to the first key, anywhere in parsed JSON, that is a name every object has, or null.
 * Read before the schema, which would drop some of them and call others unknown fields.
 */
export function objectPrototypeKeyPath(value: unknown): (string | number)[] | null {
	if (Array.isArray(value)) {
		for (const [i, item] of value.entries()) {
			const inner = objectPrototypeKeyPath(item);
			if (inner) return [i, ...inner];
		}
		return null;
	}
	if (value === null || typeof value !== 'object') return null;
	for (const [key, item] of Object.entries(value)) {
		if (isObjectPrototypeKey(key)) return [key];
		const inner = objectPrototypeKeyPath(item);
		if (inner) return [key, ...inner];
	}
	return null;
}
