/**
 * What a page that hosts scrollies gives its steps: how to draw a step's graphic and how to describe it
 * in words. The engine itself knows nothing about charts; the page decides what a step's state means.
 */
import { getContext, setContext, type Snippet } from 'svelte';

export interface ScrollyGraphics {
	/** Draws the graphic for a step's state. Throws, naming the step, if the state is invalid. */
	figure: Snippet<[state: unknown, stepId: string]>;
	/** The step's graphic in words: its alt text. */
	describe: (state: unknown, stepId: string) => string;
}

interface ScrollyBlock {
	/** Registers a step in document order and returns its 0-based position in its scrolly. */
	register: () => number;
}

const graphicsKey = Symbol('scrolly-graphics');
const blockKey = Symbol('scrolly-block');

export function setScrollyGraphics(graphics: ScrollyGraphics): void {
	setContext(graphicsKey, graphics);
}

export function getScrollyGraphics(): ScrollyGraphics {
	const graphics = getContext<ScrollyGraphics | undefined>(graphicsKey);
	if (!graphics)
		throw new Error('A scrolly step was rendered outside <ScrollyPage>, which draws its graphics');
	return graphics;
}

export function setScrollyBlock(block: ScrollyBlock): void {
	setContext(blockKey, block);
}

export function getScrollyBlock(): ScrollyBlock {
	const block = getContext<ScrollyBlock | undefined>(blockKey);
	if (!block) throw new Error('<Step> must sit inside <Scrolly>');
	return block;
}
