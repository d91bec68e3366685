// The page static hosts serve, with status 404, for an address with no file (Netlify, Cloudflare Pages and
// GitHub Pages read /404.html; `npm run preview` does the same). Prerendered as a plain page: no JavaScript.
export const csr = false;
export const trailingSlash = 'never';
