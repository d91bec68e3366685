/**
 * What a failing vote would need to pass, in the two ways a count can change: deputies who voted against
 * switching to for, or deputies who did not vote for (abstainers and absentees) coming to vote for while
 * nobody switches. Pure; the simulator words what it returns.
 */
import type { VoteOutcome } from './voteOutcome';

export interface Shortfall {
	/** Votes against that must become votes for, all else unchanged. Null when switching alone cannot do it. */
	switches: number | null;
	/** More votes for needed from abstainers and absentees if nobody switches. */
	moreFor: number;
	/** Abstainers and absentees who could supply them. */
	available: number;
}

/** Null when the vote passes. */
export function shortfall(outcome: VoteOutcome): Shortfall | null {
	if (outcome.passes) return null;
	const available = outcome.abstain + outcome.absent;
	if (outcome.rule === 'cast') {
		// A switch takes one from against and adds one to for: it closes the gap by two.
		const gap = outcome.against - outcome.for;
		const switches = Math.floor(gap / 2) + 1;
		return { switches: switches <= outcome.against ? switches : null, moreFor: gap + 1, available };
	}
	const missing = outcome.needed - outcome.for;
	return { switches: missing <= outcome.against ? missing : null, moreFor: missing, available };
}
