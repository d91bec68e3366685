/**
 * Typography that the content files need not spell out, applied where data enters the site (validate.ts) and
 * where our components put quotation marks around a quote.
 */

const spaces = '[ \\u00A0\\u202F]';
const openSpace = new RegExp(`«${spaces}?`, 'g');
const closeSpace = new RegExp(`${spaces}?»`, 'g');

/** French guillemets with their inner spaces non-breaking, so that no line starts with » or ends with «. */
export function guillemetSpaces(text: string): string {
	return text.replace(openSpace, '«\u00A0').replace(closeSpace, '\u00A0»');
}

/** Every string in `value` (objects and arrays, deeply) passed through `guillemetSpaces`; a new value. */
export function typesetStrings<T>(value: T): T {
	if (typeof value === 'string') return guillemetSpaces(value) as T;
	if (Array.isArray(value)) return value.map((item: unknown) => typesetStrings(item)) as T;
	if (value !== null && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, typesetStrings(item as unknown)])
		) as T;
	return value;
}

/**
 * A quote's text ready to sit inside the quotation marks of `lang`: the quotes within it take the other kind,
 * as each language alternates them (English “ ‘ ’ ”; French « “ ” »).
 */
export function nestedQuotes(text: string, lang: string): string {
	if (lang.startsWith('fr'))
		return text.replace(new RegExp(`«${spaces}?`, 'g'), '“').replace(new RegExp(`${spaces}?»`, 'g'), '”');
	return text.replace(/“/g, '‘').replace(/”/g, '’');
}
