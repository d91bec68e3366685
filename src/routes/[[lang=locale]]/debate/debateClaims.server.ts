/**
 * The claims as the /debate/ page's island hydrates with them: each claim's place in the tree, the parties of
 * those who made it (for the "who argues" filter) and its printed bylines. What a claim's card shows in full
 * (quotes, translations, notes, events, corrections) is not among them: the page prerenders every card, and the
 * island shows copies of those.
 */
import type { ClaimView } from '$lib/charts/arguments/types';
import { formatDate } from '$lib/i18n/format';
import type { Content } from '$lib/data/validate';
import type { Locale } from '$lib/i18n/locales';
import type { Translate } from '$lib/i18n/translate';
import type { CitedSource } from '$lib/story/copyData';

export interface OutlineClaim {
	id: string;
	text: string;
	relation: ClaimView['relation'];
	target: string;
	/** The ids of the parties of the people who made it. */
	parties: string[];
	/** Who made it, when, and the sources, one line for each: printed under the claim. */
	bylines: string[];
}

/** The ids of the sources the claims cite. */
export function claimSourceIds(content: Content): string[] {
	return content.arguments.claims.flatMap((c) => [
		...c.attributions.flatMap((a) => a.sources),
		...(c.correction?.sources ?? [])
	]);
}

/** The claims for the island; `sources` holds at least those they cite (`claimSourceIds`). */
export function outlineClaims(
	content: Content,
	locale: Locale,
	t: Translate,
	sources: Record<string, CitedSource>
): OutlineClaim[] {
	return content.arguments.claims.map((c) => ({
		id: c.id,
		text: c.text,
		relation: c.relation,
		target: c.target,
		parties: [...new Set(c.attributions.flatMap((a) => (a.party === null ? [] : [a.party])))],
		bylines: c.attributions.map((who) =>
			t('debate.byline', {
				speaker: who.speaker,
				date: formatDate(who.date, locale),
				sources: who.sources
					.map((s) => `${sources[s]?.publisher ?? s} [${sources[s]?.number ?? '?'}]`)
					.join('; ')
			})
		)
	}));
}
