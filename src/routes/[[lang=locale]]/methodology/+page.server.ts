import { content, messagesFor } from '$lib/data/content.server';
import { copyDataFor } from '$lib/story/copyStats.server';
import { closestNeighbours, groupColourRows, minNeighbourDifference } from '$lib/design/colourReport';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => ({
	pageMessages: messagesFor((await parent()).locale, ['methodology', 'components', 'copy']),
	copy: copyDataFor(content, (await parent()).locale, 'methodology'),
	colours: groupColourRows(content.assembly.groups),
	neighbours: closestNeighbours(content.assembly.groups),
	minNeighbourDifference
});
