import type embedEngine from './embedEngine';
import script from './embedEngine?inline-script';

/** The embed engine as an inline `<script>` element (minified at build time), run with the embed's options. */
export const embedEngineScript: (...args: Parameters<typeof embedEngine>) => string = script;
