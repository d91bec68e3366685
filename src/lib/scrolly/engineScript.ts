import type scrollyEngine from './engine';
import script from './engine?inline-script';

/** The scrolly engine as an inline `<script>` element (minified at build time), run with the fonts to warm. */
export const scrollyEngineScript: (...args: Parameters<typeof scrollyEngine>) => string = script;
