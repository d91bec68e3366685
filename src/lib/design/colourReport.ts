/**
 * The colour-blind check of the group colours: for each theme and each kind of colour vision, the
 * smallest CIEDE2000 difference between the fills of neighbouring groups (in the data's left-to-right
 * order), and each outline's contrast against the page. Used by the tests and the methodology page.
 */
import { contrastRatio, perceivedDifference, visions, type Vision } from './colourVision';
import { groupColourTokens, themeBackground, type Theme } from './groupTokens';

/** Smallest CIEDE2000 difference we accept between neighbouring groups, for every kind of colour vision. */
export const minNeighbourDifference = 9;

export interface NeighbourDifference {
	vision: Vision;
	theme: Theme;
	/** The closest pair of neighbours and how far apart they look. */
	pair: [string, string];
	difference: number;
}

export interface GroupColourRow {
	id: string;
	official: string;
	light: { fill: string; ink: string; inkContrast: number };
	dark: { fill: string; ink: string; inkContrast: number };
}

export function groupColourRows(groups: readonly { id: string; colour: string }[]): GroupColourRow[] {
	const tokens = (colour: string, theme: Theme) => {
		const t = groupColourTokens(colour, theme);
		return { ...t, inkContrast: contrastRatio(t.ink, themeBackground[theme]) };
	};
	return groups.map((g) => ({
		id: g.id,
		official: g.colour,
		light: tokens(g.colour, 'light'),
		dark: tokens(g.colour, 'dark')
	}));
}

/** For each theme and vision, the closest pair of neighbouring groups. Needs at least two groups. */
export function closestNeighbours(groups: readonly { id: string; colour: string }[]): NeighbourDifference[] {
	const result: NeighbourDifference[] = [];
	for (const theme of ['light', 'dark'] as const)
		for (const vision of visions) {
			let closest: NeighbourDifference | undefined;
			for (let i = 1; i < groups.length; i++) {
				const a = groups[i - 1]!;
				const b = groups[i]!;
				const difference = perceivedDifference(
					groupColourTokens(a.colour, theme).fill,
					groupColourTokens(b.colour, theme).fill,
					vision
				);
				if (!closest || difference < closest.difference)
					closest = { vision, theme, pair: [a.id, b.id], difference };
			}
			if (closest) result.push(closest);
		}
	return result;
}
