/** The /positions/ page's map and linked seat chart (see PositionsIsland.svelte). */
import { hydrateIslands } from '$lib/islands/hydrateIslands';
import PositionsIsland from '../routes/[[lang=locale]]/positions/PositionsIsland.svelte';

hydrateIslands('positions', PositionsIsland);
