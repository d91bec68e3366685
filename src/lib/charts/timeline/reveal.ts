/** Brings an element the reader just opened into view, by the least scroll, smoothly unless they prefer less motion. */
export function bringIntoView(element: Element): void {
	const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
	element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
