/** The props of the timeline chart and its list. */
export {};
