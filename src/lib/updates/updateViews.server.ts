/** The log of changes as the updates page and its feed show it: each entry's text in the locale, and links to what it affects. */
import type { ChartId } from '$lib/data/chartIds';
import type { UpdateEntry } from '$lib/data/schemas';
import type { Content } from '$lib/data/validate';
import { chartText } from '$lib/embed/chartText.server';
import type { Translate } from '$lib/i18n/translate';
import { chartPaths } from '$lib/site/chartPaths';
import { sitePages } from '$lib/site/pages';

/** Text in a locale, or in English (with its language, for `lang`) where the locale has none yet. */
export interface LocalText {
	text: string;
	lang: string;
}

export interface UpdateView {
	id: string;
	date: string;
	kind: UpdateEntry['kind'];
	what: LocalText;
	why: LocalText | null;
	/** The pages, then the charts, the entry affects: a label and a site path. */
	affects: { label: string; path: string }[];
}

export function localText(record: Record<string, string>, locale: string): LocalText {
	return locale in record ? { text: record[locale]!, lang: locale } : { text: record.en!, lang: 'en' };
}

export function updateViews(content: Content, locale: string, t: Translate): UpdateView[] {
	return content.updates.entries.map((entry) => ({
		id: entry.id,
		date: entry.date,
		kind: entry.kind,
		what: localText(entry.what, locale),
		why: entry.why ? localText(entry.why, locale) : null,
		affects: [
			...entry.pages.map((id) => {
				const page = sitePages.find((p) => p.id === id)!;
				return { label: t(page.label), path: page.path };
			}),
			...entry.charts.map((chart) => ({
				label: t('updates.chart', { title: chartText(content, chart as ChartId, t, locale).title }),
				path: chartPaths[chart as ChartId]
			}))
		]
	}));
}

/** The UI-string prefixes updateViews needs: the pages' and the charts' names. */
export const updateViewPrefixes = ['updates', 'nav', 'embed', 'ballots'];
