// Served as /element/ (element/index.html), as the static server expects of a page.
export const trailingSlash = 'always';
