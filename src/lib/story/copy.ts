/**
 * Loads a page's copy (an mdsvex file in content/<locale>/) for a locale. Each file is its own chunk,
 * so a page only downloads the copy it shows.
 */
import type { Component } from 'svelte';
import type { Locale } from '$lib/i18n/locales';

export interface CopyMetadata {
	title: string;
	description: string;
	/** One-sentence summary under the headline. */
	dek?: string;
	kicker?: string;
}

interface CopyModule {
	default: Component;
	metadata?: Partial<CopyMetadata>;
}

const modules = import.meta.glob<CopyModule>('/content/*/*.md');

export async function loadCopy(
	locale: Locale,
	name: string
): Promise<{ component: Component; metadata: CopyMetadata }> {
	const path = `/content/${locale}/${name}.md`;
	const load = modules[path];
	if (!load) throw new Error(`${path.slice(1)}: the copy file is missing`);
	const module = await load();
	const { title, description } = module.metadata ?? {};
	if (!title || !description)
		throw new Error(`${path.slice(1)}: the front matter needs a "title" and a "description"`);
	return { component: module.default, metadata: { ...module.metadata, title, description } };
}
