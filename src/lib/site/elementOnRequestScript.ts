import type elementOnRequest from './elementOnRequest';
import script from './elementOnRequest?inline-script';

/** The on-request loader as an inline `<script>` element (minified at build time), run for one element. */
export const elementOnRequestScript: (...args: Parameters<typeof elementOnRequest>) => string = script;
