/**
 * Where a JSON text first breaks the grammar, by line and column, and what was expected there. Node 20's
 * `JSON.parse` says neither (it quotes a few characters around the spot, over several lines), and an editor
 * needs both to find a stray comma in a file of a thousand lines.
 */

export interface JsonSyntaxError {
	/** 1-based. */
	line: number;
	/** 1-based, in UTF-16 code units: a tab counts as one. */
	column: number;
	/** What was wrong there, in a few words, e.g. `expected a value, found "]"`. */
	problem: string;
}

class Stop extends Error {
	constructor(
		readonly offset: number,
		readonly problem: string
	) {
		super(problem);
	}
}

const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The first syntax error in `text`, or null when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
	let at = 0;
	const found = (offset: number) =>
		offset >= text.length ? 'the end of the file' : JSON.stringify(text[offset]);
	const fail = (expected: string): never => {
		const afterComma = text.slice(0, at).trimEnd().endsWith(',') && /[\]}]/.test(text[at] ?? '');
		const hint = afterComma ? ' (JSON allows no comma before a closing bracket)' : '';
		throw new Stop(at, `expected ${expected}, found ${found(at)}${hint}`);
	};
	const space = () => {
		while (/[ \t\n\r]/.test(text[at] ?? '')) at++;
	};
	const string = () => {
		at++;
		for (;;) {
			const char = text[at];
			if (char === undefined) throw new Stop(at, 'a string is not closed');
			if (char === '"') return void at++;
			if (char < ' ') throw new Stop(at, 'a string holds a line break or control character');
			if (char === '\\') {
				const escape = text[at + 1] ?? '';
				if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
				else if ('"\\/bfnrt'.includes(escape) && escape !== '') at += 2;
				else
					throw new Stop(at, `a string holds an unknown escape, ${JSON.stringify(text.slice(at, at + 2))}`);
			} else at++;
		}
	};
	const value = (): void => {
		space();
		const char = text[at];
		if (char === '{')
			return members('}', () => {
				if (text[at] !== '"') fail('a property name in double quotes');
				string();
				space();
				if (text[at] !== ':') fail('":" after the property name');
				at++;
				value();
			});
		if (char === '[') return members(']', value);
		if (char === '"') return string();
		for (const word of ['true', 'false', 'null'])
			if (text.startsWith(word, at)) return void (at += word.length);
		number.lastIndex = at;
		if (number.test(text)) return void (at = number.lastIndex);
		fail('a value');
	};
	/** An object's or an array's items, separated by commas, up to `close`. */
	const members = (close: string, item: () => void) => {
		at++;
		space();
		if (text[at] === close) return void at++;
		for (;;) {
			space();
			item();
			space();
			if (text[at] === close) return void at++;
			if (text[at] !== ',') fail(`"," or "${close}"`);
			at++;
			space();
		}
	};
	try {
		value();
		space();
		if (at < text.length) fail('the end of the file after the value');
		return null;
	} catch (error) {
		if (!(error instanceof Stop)) throw error;
		const before = text.slice(0, error.offset).split('\n');
		return { line: before.length, column: before.at(-1)!.length + 1, problem: error.problem };
	}
}
