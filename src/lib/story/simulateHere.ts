/**
 * The inline script of `SimulateHere.svelte`: reveals the button; on click, loads the custom element's script,
 * then puts the element in place and focuses it. Serialised with `toString()`: it must stay self-contained.
 */
export function simulateHere(rootId: string, tag: string) {
	const root = document.getElementById(rootId);
	const button = root?.querySelector('button');
	const slot = root?.querySelector<HTMLElement>('.slot');
	if (!root || !button || !slot) return;
	button.hidden = false;
	button.addEventListener('click', () => {
		button.disabled = true;
		const script = document.createElement('script');
		script.src = button.dataset.src!;
		script.onload = () => {
			const element = document.createElement(tag);
			element.setAttribute('simulator', 'show');
			slot.append(element);
			button.hidden = true;
			slot.focus();
		};
		script.onerror = () => (button.disabled = false);
		document.head.append(script);
	});
}

/** The script as an inline `<script>` element for element `rootId`. */
export function simulateHereScript(rootId: string, tag: string): string {
	// JSON in a script: escape `<` so that no value can close the element.
	const args = JSON.stringify([rootId, tag]).replace(/</g, '\\u003c').slice(1, -1);
	return `<script>(${simulateHere.toString()})(${args});</script>`;
}
