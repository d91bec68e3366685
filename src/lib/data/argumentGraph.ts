/**
 * What the data layer knows of the argument graph beyond its shape. The graph itself (targets, sides,
 * depths, cycles) has one model, `argumentTree` in src/lib/layout/argumentTree.ts, which the validator, the
 * downloads and the charts share. What stays here is about the content, not the graph: it reads the
 * attributions and knows how the data words a speaker's name, which layout code must not know.
 */

/**
 * Who made each claim, by claim id: its speakers' names in attribution order, each once, without the
 * parenthetical caveats the data adds to a name ("(name not shown in our copy)"). For charts that show
 * a claim with its speakers rather than its full attributions.
 */
export function claimSpeakers(
	claims: readonly { id: string; attributions: readonly { speaker: string }[] }[]
): Record<string, string[]> {
	const name = (speaker: string) => speaker.replace(/\s*\([^)]*\)/g, '').trim();
	return Object.fromEntries(
		claims.map((claim) => [claim.id, [...new Set(claim.attributions.map((a) => name(a.speaker)))]])
	);
}
