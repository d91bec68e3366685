/** The props of the argument outline, map and claim cards. */
export type { Relation } from '../../layout/argumentTree.js';
import type { Relation } from '../../layout/argumentTree.js';
export interface ClaimAttribution {
    speaker: string;
    role: string;
    /** A party id, shared with the position map; null for speakers outside the parties. */
    party: string | null;
    date: string;
    quote: {
        text: string;
        lang: string;
        translations: Record<string, string>;
    };
    sources: string[];
    note?: string;
}
export interface ClaimView {
    id: string;
    text: string;
    kind: 'fact' | 'forecast' | 'value';
    relation: Relation;
    target: string;
    status: 'sourced' | 'disputed' | 'unsupported';
    attributions: ClaimAttribution[];
    /** Timeline event ids that are evidence for the claim. */
    events?: string[];
    correction?: {
        published: string;
        original: string;
        sources: string[];
    };
    note?: string;
}
