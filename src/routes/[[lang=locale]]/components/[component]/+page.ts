// The examples are drawn at build time (the interactive charts are on the chart pages): no JavaScript is sent.
export const csr = false;
