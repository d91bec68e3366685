/** The /seats/ page's seat chart and vote simulator (see SeatsIsland.svelte). */
import { hydrateIslands } from '$lib/islands/hydrateIslands';
import SeatsIsland from '../routes/[[lang=locale]]/seats/SeatsIsland.svelte';

hydrateIslands('seats', SeatsIsland);
