/**
 * The simulator's result bar: the votes that count under the majority rule, laid end to end, with the majority
 * line where the bar must reach to pass. Under `cast` the bar holds only the votes cast (for, then against) and
 * the line sits at half of them; under `absolute` it holds every deputy now sitting (for, abstaining, against,
 * absent) and the line sits at half of the members. Pure; positions are shares of the bar's length, 0–1.
 */

/**
 * Which votes the bar holds: the votes cast, or every deputy sitting. The values of `MajorityRule` in
 * vote/voteOutcome.ts, restated so that layout depends on no other layer; the simulator's call
 * stops compiling if a rule is added there and not here.
 */
export type VoteBarRule = 'cast' | 'absolute';

export type VoteBarKey = 'for' | 'abstain' | 'against' | 'absent';

export interface VoteBarSegment {
	key: VoteBarKey;
	count: number;
	/** Where the segment starts, 0–1. */
	start: number;
	/** Its length, 0–1. */
	width: number;
}

export interface VoteBarLayout {
	rule: VoteBarRule;
	/** The votes the bar holds: the votes cast, or every deputy sitting. */
	total: number;
	/** Votes for needed to pass. */
	needed: number;
	segments: VoteBarSegment[];
	/** The majority line, 0–1: the bar's "for" segment passes when it reaches beyond it. */
	line: number;
	/** Deputies the rule leaves out of the count (abstaining and absent under `cast`; none under `absolute`). */
	uncounted: { abstain: number; absent: number } | null;
}

export interface VoteCounts {
	for: number;
	against: number;
	abstain: number;
	absent: number;
	rule: VoteBarRule;
	/** Votes for needed to pass under `rule`. */
	needed: number;
}

export function voteBar(counts: VoteCounts): VoteBarLayout {
	const keys: VoteBarKey[] =
		counts.rule === 'cast' ? ['for', 'against'] : ['for', 'abstain', 'against', 'absent'];
	const total = keys.reduce((sum, key) => sum + counts[key], 0);
	let start = 0;
	const segments = keys.map((key) => {
		const width = total > 0 ? counts[key] / total : 0;
		const segment = { key, count: counts[key], start, width };
		start += width;
		return segment;
	});
	// The line is the edge of the seat before the one that decides it: "for" crosses it with `needed` votes.
	const line = total > 0 ? Math.min(1, Math.max(0, (counts.needed - 1) / total)) : 0.5;
	return {
		rule: counts.rule,
		total,
		needed: counts.needed,
		segments,
		line,
		uncounted: counts.rule === 'cast' ? { abstain: counts.abstain, absent: counts.absent } : null
	};
}
