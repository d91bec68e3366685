/**
 * Which step of a scrolly the reader is on. Each step owns the stretch of page from its top to the next
 * step's top, so every scroll position maps to exactly one step (or none, above the first): a reload, a
 * fast scroll or a jump lands on a state directly, without passing through the steps in between.
 * The page's inline engine (engine.ts) uses it.
 */
export function activeStepIndex(tops: readonly number[], line: number): number {
	let active = -1;
	for (let i = 0; i < tops.length; i++) {
		if (tops[i]! <= line) active = i;
		else break;
	}
	return active;
}
