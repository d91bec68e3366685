// A text page with code: no JavaScript is sent.
export const csr = false;
