// Every page is prerendered, as on a static host.
export const prerender = true;
