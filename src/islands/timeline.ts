/** The /timeline/ page's filter and charts (see TimelineIsland.svelte). */
import { hydrateIslands } from '$lib/islands/hydrateIslands';
import TimelineIsland from '../routes/[[lang=locale]]/timeline/TimelineIsland.svelte';

hydrateIslands('timeline', TimelineIsland);
