/**
 * Which state each seat of a group shows in vote mode: within a group's wedge, from left to right,
 * the deputies voting for, then abstaining, then against, then absent.
 */
import type { GroupVoteCounts, SeatState } from './types';

export function seatStates(seats: number, votes: GroupVoteCounts | undefined): SeatState[] {
	if (!votes) return Array.from({ length: seats }, () => 'seat');
	const order: [SeatState, number][] = [
		['for', votes.for],
		['abstain', votes.abstain],
		['against', votes.against],
		['absent', votes.absent]
	];
	const states = order.flatMap(([state, count]) => Array.from({ length: count }, () => state));
	if (states.length !== seats) throw new Error(`vote counts add up to ${states.length}, not ${seats} seats`);
	return states;
}
