/** In words, what a composition of the Assembly is and what changed since the one before: for the date control. */
import { formatDate } from '$lib/i18n/format';
import type { Translate } from '$lib/i18n/translate';
import { compositionChange } from '$lib/vote/compositionChange';
import { majorityOf } from '$lib/vote/voteOutcome';

export interface CompositionNotePoint {
	date: string;
	seats: Record<string, number>;
	vacant: number;
	seated: number;
	ballot: number | null;
	event: string | null;
}

export interface CompositionNote {
	/** Where the count comes from. */
	origin: string;
	/** What changed since the point before, or how the first point came about. */
	change: string;
	/** The seated and the majorities. */
	majority: string;
}

export function compositionNote(
	t: Translate,
	points: readonly CompositionNotePoint[],
	index: number,
	order: readonly string[],
	totalSeats: number,
	locale: string
): CompositionNote {
	const point = points[index]!;
	const previous = points[index - 1];
	const origin =
		point.ballot !== null
			? t('seats.countFrom', { ballot: point.ballot })
			: t('seats.countEvent', { event: point.event ?? '' });
	let change: string;
	if (!previous) change = t('seats.firstPoint', { date: formatDate(point.date, locale) });
	else {
		const diff = compositionChange(previous, point, order);
		const vacant = point.vacant > 0 ? t('seats.vacantNow', { vacant: point.vacant }) : t('seats.vacantNone');
		const date = formatDate(previous.date, locale);
		change = diff.groups.length
			? t('seats.changeSince', {
					date,
					changes: [
						diff.groups
							.map((g) => t('seats.changeGroup', { group: g.group, from: g.from, to: g.to }))
							.join(', '),
						vacant
					].join('; ')
				})
			: t('seats.changeNone', { date });
		if (!diff.groups.length && diff.vacant.from !== diff.vacant.to)
			change = t('seats.changeSince', { date, changes: vacant });
	}
	return {
		origin,
		change,
		majority: t('seats.seatedMajority', {
			seated: point.seated,
			filled: majorityOf(point.seated),
			full: majorityOf(totalSeats)
		})
	};
}
