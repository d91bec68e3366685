/** A chart page's downloads and "Embed this chart" (see ReuseIsland.svelte). */
import { hydrateIslands } from '$lib/islands/hydrateIslands';
import ReuseIsland from '$lib/islands/ReuseIsland.svelte';

hydrateIslands('reuse', ReuseIsland);
