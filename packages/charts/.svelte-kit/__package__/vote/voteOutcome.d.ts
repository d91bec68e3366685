/**
 * The arithmetic of a vote in the National Assembly: how many deputies of each group vote for, against
 * or abstain given the group's line, its discipline and its turnout, and whether the motion passes under
 * the chosen majority rule. Pure functions; the simulator renders what they return.
 */
export type Choice = 'for' | 'against' | 'abstain';
export declare const choices: readonly Choice[];
/**
 * `cast`: a majority of the votes cast (for + against; abstentions and absentees do not count).
 * `absolute`: a majority of the Assembly's members (filled seats), whatever the turnout.
 */
export type MajorityRule = 'cast' | 'absolute';
export interface GroupLine {
    /** How the group is told to vote. */
    choice: Choice;
    /** Share of the group's present members who follow the line, 0–100. The others split evenly between the two other options. */
    discipline: number;
    /** Share of the group's members present for the vote, 0–100. */
    turnout: number;
}
export interface GroupTally {
    group: string;
    seats: number;
    for: number;
    against: number;
    abstain: number;
    absent: number;
}
export interface VoteOutcome {
    tallies: GroupTally[];
    for: number;
    against: number;
    abstain: number;
    absent: number;
    /** Votes cast: for + against. */
    cast: number;
    rule: MajorityRule;
    /** Votes needed to pass under `rule`. */
    needed: number;
    passes: boolean;
    /**
     * When it passes, by how many votes: for minus against under `cast`, for minus (needed − 1) under
     * `absolute`. Either way 1 means a single vote decided it.
     */
    margin: number;
    /** When it fails, how many more votes for it would need from deputies who did not vote for it. */
    short: number;
    /** Absolute majority of the full house and of the seats filled now, for reference. */
    absoluteMajorityFull: number;
    absoluteMajorityFilled: number;
}
/** The smallest whole number greater than half of `n`. */
export declare function majorityOf(n: number): number;
/** How a group of `seats` members votes under `line`. Counts are whole deputies and add up to `seats`. */
export declare function groupTally(group: string, seats: number, line: GroupLine): GroupTally;
/**
 * The result of a vote. `groups` gives each group's seats; `lines` each group's line (a group without one
 * abstains); `totalSeats` is the full house, vacancies included.
 */
export declare function voteOutcome(groups: readonly {
    id: string;
    seats: number;
}[], lines: Readonly<Record<string, GroupLine>>, totalSeats: number, rule: MajorityRule): VoteOutcome;
