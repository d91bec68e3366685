/**
 * Reading fields of untrusted JSON (a ballot of the archive, a line of the research files) with one message
 * per failure, naming the place (entry or file and line, and the ballot) and the field's path.
 */
import { ImportError } from './errors';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export class FieldReader {
	/** `where` names the place in messages, e.g. `Scrutins.json.zip, entry json/VTANR5L17V1.json (ballot n° 1)`. */
	constructor(
		readonly where: string,
		private readonly root: Json
	) {}

	fail(field: string, problem: string): never {
		throw new ImportError(`${this.where}: field "${field}" ${problem}`);
	}

	/** The value at a dotted path (from `from`, whose own path is `prefix`), present and not null. */
	value(path: string, from: Json = this.root, prefix = ''): unknown {
		let value: unknown = from;
		for (const key of path.split('.')) {
			if (!isObject(value)) this.fail(prefix + path, 'is missing');
			value = value[key];
		}
		if (value === undefined || value === null) this.fail(prefix + path, 'is missing');
		return value;
	}

	object(path: string, from?: Json, prefix = ''): Json {
		const value = this.value(path, from, prefix);
		if (!isObject(value)) this.fail(prefix + path, `must be an object (got ${JSON.stringify(value)})`);
		return value;
	}

	array(path: string, from?: Json, prefix = ''): unknown[] {
		const value = this.value(path, from, prefix);
		if (!Array.isArray(value)) this.fail(prefix + path, `must be a list (got ${JSON.stringify(value)})`);
		return value;
	}

	/** A non-empty string, trimmed and in Unicode's composed form. */
	text(path: string, from?: Json, prefix = ''): string {
		const value = this.value(path, from, prefix);
		if (typeof value !== 'string' || value.trim() === '')
			this.fail(prefix + path, `must be a non-empty string (got ${JSON.stringify(value)})`);
		return value.normalize('NFC').trim();
	}

	/** A whole number, written as digits (the archive's way) or as a JSON number. */
	count(path: string, from?: Json, prefix = ''): number {
		const value = this.value(path, from, prefix);
		const digits = typeof value === 'number' ? String(value) : value;
		if (typeof digits !== 'string' || !/^\d+$/.test(digits))
			this.fail(prefix + path, `must be a whole number (got ${JSON.stringify(value)})`);
		return Number(digits);
	}

	/** A date written YYYY-MM-DD. */
	day(path: string, from?: Json, prefix = ''): string {
		const value = this.text(path, from, prefix);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
			this.fail(prefix + path, `must be a date written YYYY-MM-DD (got "${value}")`);
		return value;
	}
}
