import { content } from '$lib/data/content.server';
import { closestNeighbours, groupColourRows, minNeighbourDifference } from '$lib/design/colourReport';
import { copyData } from '$lib/story/copyData';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	copy: copyData(content),
	colours: groupColourRows(content.assembly.groups),
	neighbours: closestNeighbours(content.assembly.groups),
	minNeighbourDifference
});
