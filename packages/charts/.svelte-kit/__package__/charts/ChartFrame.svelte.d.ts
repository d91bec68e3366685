import type { Snippet } from 'svelte';
interface Props {
    /** The finding, as a sentence. */
    title: string;
    /** One line on how to read the chart. */
    howToRead?: string;
    /** A text alternative generated from the data: what a sighted reader takes from the chart. */
    summary: string;
    /** Label of the disclosure holding the data table, e.g. "Data table". */
    tableLabel: string;
    /** "Source", "Sources" or their translation. */
    sourceLabel: string;
    sources: {
        title: string;
        href: string;
    }[];
    /** Already formatted, e.g. "As of 23 January 2026". */
    asOf: string;
    credit: string;
    /** Heading level of the title, 2 by default. */
    level?: 2 | 3;
    id?: string;
    chart: Snippet;
    table: Snippet;
    controls?: Snippet;
}
/** The frame every chart sits in: a title stating the finding, how to read it, the chart, a text summary, the data table, sources with their "as of" date, and a credit. */
declare const ChartFrame: import("svelte").Component<Props, {}, "">;
type ChartFrame = ReturnType<typeof ChartFrame>;
export default ChartFrame;
