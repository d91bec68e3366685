/** The props shared by the hemicycle chart and its table. */
export {};
