/**
 * The page's answer to its question, in words, from the data: the seats of the groups whose parties want to leave
 * NATO on the newest date, and the outcome of the default scenario (each group voting as its party's stance
 * suggests, turning out as on comparable resolutions). The prerendered page shows it; it does not follow the
 * reader's own scenario.
 */
import type { HemicycleGroup } from '$lib/charts/hemicycle/types';
import type { Translate } from '$lib/i18n/translate';
import type { VoteOutcome } from '$lib/vote/voteOutcome';

export function seatsAnswer(
	t: Translate,
	locale: string,
	input: {
		/** The groups on the newest date, with their full names. */
		groups: readonly HemicycleGroup[];
		/** The ids of the groups whose main party is on record for leaving NATO. */
		leave: readonly string[];
		totalSeats: number;
		/** The default scenario's outcome on the newest date. */
		outcome: VoteOutcome;
		/** The date of the seats, and of the newest ballot held, already formatted. */
		seatsDate: string;
		ballotDate: string;
	}
): { lead: string; text: string } {
	const leaving = input.groups.filter((g) => input.leave.includes(g.id));
	const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
		leaving.map((g) => `${g.name} (${g.label})`)
	);
	const seats = leaving.reduce((sum, g) => sum + g.seats, 0);
	return {
		lead: t(input.outcome.passes ? 'seats.answerYes' : 'seats.answerNo'),
		text: t(input.outcome.passes ? 'seats.answerPasses' : 'seats.answerFails', {
			date: input.seatsDate,
			groups: names,
			seats,
			total: input.totalSeats,
			for: input.outcome.for,
			against: input.outcome.against,
			ballotDate: input.ballotDate
		})
	};
}
