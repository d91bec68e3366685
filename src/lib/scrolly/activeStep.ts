/**
 * Which step of a scrolly the reader is on. Each step owns the stretch of page from its top to the next
 * step's top, so every scroll position maps to exactly one step (or none, above the first): a reload, a
 * fast scroll or a jump lands on a state directly, without passing through the steps in between.
 *
 * This function is also serialised into the page's inline engine script (see engine.ts), so it must stay
 * self-contained: no imports, no references outside its body.
 */
export function activeStepIndex(tops: readonly number[], line: number): number {
	let active = -1;
	for (let i = 0; i < tops.length; i++) {
		if (tops[i]! <= line) active = i;
		else break;
	}
	return active;
}
