/** The props of the party position map. */
export {};
