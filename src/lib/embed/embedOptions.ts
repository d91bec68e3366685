/**
 * The options an embed reads from its address, checked against what it knows. A bad value never reaches the
 * page as markup: it is dropped for the default and reported in a short notice, as text.
 *
 * `readEmbedOptions` is serialised into the embed page's inline script (see embedEngine.ts): it must stay
 * self-contained.
 */
export interface EmbedOptionSpec {
	/** Allowed values; a value in a list option is checked one by one. */
	values: readonly string[];
	default: string;
	/** A comma-separated list, e.g. `highlight=RN,LFI-NFP`. */
	list?: boolean;
}

export interface EmbedOptions {
	values: Record<string, string>;
	/** One entry per value dropped: the option's name and the value, to be shown as text. */
	rejected: { option: string; value: string }[];
}

export function readEmbedOptions(search: string, specs: Record<string, EmbedOptionSpec>): EmbedOptions {
	const params = new URLSearchParams(search);
	const values: Record<string, string> = {};
	const rejected: { option: string; value: string }[] = [];
	for (const [option, spec] of Object.entries(specs)) {
		const raw = params.get(option);
		if (raw === null || raw === '') {
			values[option] = spec.default;
			continue;
		}
		const asked = spec.list ? raw.split(',').filter(Boolean) : [raw];
		const kept = asked.filter((v) => spec.values.includes(v));
		for (const v of asked) if (!spec.values.includes(v)) rejected.push({ option, value: v.slice(0, 40) });
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
