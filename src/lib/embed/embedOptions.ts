/**
 * The options an embed reads from its address, checked against what it knows. A bad value never reaches the
 * page as markup: it is dropped for the default and reported in a short notice, as text. The embed page's
 * inline engine (embedEngine.ts) uses them.
 */
import { noticeValue } from './noticeValue';

export interface EmbedOptionSpec {
	/** Allowed values; a value in a list option is checked one by one. */
	values: readonly string[];
	default: string;
	/** A comma-separated list, e.g. `highlight=RN,LFI-NFP`. */
	list?: boolean;
}

export interface EmbedOptions {
	values: Record<string, string>;
	/**
	 * One entry per distinct value dropped: the option's name and the value, cut as `noticeValue` (noticeValue.ts)
	 * cuts it, to be shown as text.
	 */
	rejected: { option: string; value: string }[];
}

/**
 * Reads options from an address's query string. A value is trimmed and matched without regard to case (`DARK `
 * is `dark`); a list's values are read once each. Each distinct value dropped is reported once.
 */
export function readEmbedOptions(search: string, specs: Record<string, EmbedOptionSpec>): EmbedOptions {
	const params = new URLSearchParams(search);
	const values: Record<string, string> = {};
	const rejected: { option: string; value: string }[] = [];
	const reported = new Set<string>();
	for (const [option, spec] of Object.entries(specs)) {
		const raw = (params.get(option) ?? '').trim();
		if (raw === '') {
			values[option] = spec.default;
			continue;
		}
		const asked = spec.list
			? raw
					.split(',')
					.map((v) => v.trim())
					.filter(Boolean)
			: [raw];
		const kept: string[] = [];
		for (const v of asked) {
			const known = spec.values.find((k) => k.toLowerCase() === v.toLowerCase());
			if (known !== undefined) {
				if (!kept.includes(known)) kept.push(known);
				continue;
			}
			const value = noticeValue(v);
			if (reported.has(`${option}=${value}`)) continue;
			reported.add(`${option}=${value}`);
			rejected.push({ option, value });
		}
		values[option] =
			kept.length && (spec.list || kept.length === asked.length) ? kept.join(',') : spec.default;
	}
	return { values, rejected };
}

/** The height message Pym.js's `pym.Parent` listens for. */
export function pymHeightMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}

/** The height message Datawrapper's responsive embed snippet listens for. */
export function datawrapperHeightMessage(
	chartId: string,
	height: number
): Record<string, Record<string, number>> {
	return { 'datawrapper-height': { [chartId]: Math.ceil(height) } };
}

/**
 * The height message WordPress's embed script (wp-embed.js) listens for. WordPress frames an oEmbed result
 * with `#?secret=<letters and digits>` added to its address, and sizes the iframe whose `data-secret` matches
 * (between 200 and 1000 px).
 */
export function wordpressHeightMessage(
	secret: string,
	height: number
): { message: 'height'; value: number; secret: string } {
	return { message: 'height', value: Math.ceil(height), secret };
}

/** The secret WordPress put in an embed's address hash, or null (only letters and digits are accepted). */
export function wordpressSecret(hash: string): string | null {
	return /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1] ?? null;
}
