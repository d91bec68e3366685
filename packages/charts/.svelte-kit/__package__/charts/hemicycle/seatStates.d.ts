/**
 * Which state each seat of a group shows in vote mode: within a group's wedge, from left to right,
 * the deputies voting for, then abstaining, then against, then absent.
 */
import type { GroupVoteCounts, SeatState } from './types.js';
export declare function seatStates(seats: number, votes: GroupVoteCounts | undefined): SeatState[];
