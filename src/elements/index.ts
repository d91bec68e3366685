/**
 * The framework-free build: loading this one script (served at `/elements/v1/nato-charts.js`) defines the
 * custom elements `<nato-hemicycle>`, `<nato-timeline>`, `<nato-positions>`, `<nato-arguments>` and `<nato-ballots>`.
 * Each draws in its own shadow root with the site's design tokens, so a host page's styles neither break it
 * nor are broken by it. `nato-<chart>.js` defines one of them, with only its code and data.
 */
import './NatoHemicycle.svelte';
import './NatoTimeline.svelte';
import './NatoPositions.svelte';
import './NatoArguments.svelte';
import './NatoBallots.svelte';
