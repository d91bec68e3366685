/**
 * A custom element's attributes, checked like an embed's URL options (same rules, same notice): a bad value
 * falls back to the default and is reported as text, never rendered as markup.
 */
import { readEmbedOptions, type EmbedOptionSpec, type EmbedOptions } from '$lib/embed/embedOptions';

/** Options every element accepts; `lang` takes only the language its data was built in. */
export function commonOptions(locale: string) {
	return {
		lang: { values: [locale], default: locale },
		theme: { values: ['auto', 'light', 'dark'], default: 'auto' },
		table: { values: ['show', 'hide'], default: 'hide' }
	} satisfies Record<string, EmbedOptionSpec>;
}

/**
 * Reads attribute values (undefined when absent). List options accept spaces or commas between values,
 * as an attribute is usually written `highlight="RN UDR"`.
 */
export function readElementOptions(
	attributes: Record<string, string | null | undefined>,
	specs: Record<string, EmbedOptionSpec>
): EmbedOptions {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(attributes)) {
		if (value == null) continue;
		// readEmbedOptions trims each value and drops the empty ones.
		params.set(name, specs[name]?.list ? value.split(/[\s,]+/).join(',') : value);
	}
	return readEmbedOptions(params.toString(), specs);
}
