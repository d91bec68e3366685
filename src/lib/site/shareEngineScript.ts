import type shareEngine from './shareEngine';
import script from './shareEngine?inline-script';

/** The share buttons' engine as an inline `<script>` element (minified at build time). */
export const shareEngineScript: (...args: Parameters<typeof shareEngine>) => string = script;
