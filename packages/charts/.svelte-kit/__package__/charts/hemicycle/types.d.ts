/** The props shared by the hemicycle chart and its table. */
export interface HemicycleGroup {
    id: string;
    /** Short label shown on the chart, e.g. "RN". */
    label: string;
    /** Full name, e.g. "Rassemblement national". */
    name: string;
    /** The party or parties behind the group. */
    detail?: string;
    seats: number;
    /** CSS colour of the seats, e.g. `var(--group-RN-fill)`. */
    fill: string;
    /** CSS colour of the seat outlines, with at least 3:1 contrast against the page. */
    ink: string;
}
/** How a group's deputies vote: whole numbers that add up to its seats. */
export interface GroupVoteCounts {
    for: number;
    against: number;
    abstain: number;
    absent: number;
}
export type SeatState = 'seat' | 'for' | 'against' | 'abstain' | 'absent' | 'vacant';
