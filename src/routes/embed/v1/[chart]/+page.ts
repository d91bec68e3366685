// An embed is prerendered HTML and SVG; its inline engine (src/lib/embed/embedEngine.ts) applies the options
// and reports its height. None of the app's JavaScript is sent.
export const csr = false;
