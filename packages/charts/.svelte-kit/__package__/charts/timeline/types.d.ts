/** The props of the timeline chart and its list. */
export interface TimelineEventView {
    id: string;
    lane: string;
    category: string;
    /** Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: string;
    endDate?: string;
    title: string;
    description: string;
    certainty: 'official-record' | 'reported' | 'alleged';
    /** True for the US actions the motion's author cited. */
    citedByMotion: boolean;
    /** Where the motion or its author cites this action. */
    motionSources?: string[];
    sources: string[];
    note?: string;
    disagreement?: {
        claim: string;
        record: string;
        sources: string[];
    };
}
export interface TimelineLane {
    id: string;
    label: string;
}
export interface TimelineCategory {
    id: string;
    label: string;
}
export interface TimelineEra {
    id: string;
    label: string;
    start: string;
    end: string;
}
