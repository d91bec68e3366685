/** The /seats/ page's ballot explorer (see BallotsIsland.svelte). */
import { hydrateIslands } from '$lib/islands/hydrateIslands';
import BallotsIsland from '../routes/[[lang=locale]]/seats/BallotsIsland.svelte';

hydrateIslands('ballots', BallotsIsland);
