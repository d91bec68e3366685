// A text-only page: no JavaScript is sent.
export const csr = false;
