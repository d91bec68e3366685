/** The /debate/ page's outline, map, filter, classroom mode and linked seat chart (see DebateIsland.svelte). */
import { hydrateIslands } from '$lib/islands/hydrateIslands';
import DebateIsland from '../routes/[[lang=locale]]/debate/DebateIsland.svelte';

hydrateIslands('debate', DebateIsland);
