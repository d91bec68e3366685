/** The props of the argument outline, map and claim cards. */
export {};
