/**
 * The inline script of `ElementOnRequest.svelte`: reveals the button; on click, loads the custom element's
 * script, then puts the element, with its attributes, in place and focuses it. Serialised with `toString()`:
 * it must stay self-contained.
 */
export function elementOnRequest(rootId: string, tag: string, attributes: Record<string, string>) {
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
			for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
			slot.append(element);
			button.hidden = true;
			slot.focus();
		};
		script.onerror = () => (button.disabled = false);
		document.head.append(script);
	});
}

/** The script as an inline `<script>` element. */
export function elementOnRequestScript(
	rootId: string,
	tag: string,
	attributes: Record<string, string>
): string {
	// JSON in a script: escape `<` so that no value can close the element.
	const args = JSON.stringify([rootId, tag, attributes]).replace(/</g, '\\u003c').slice(1, -1);
	return `<script>(${elementOnRequest.toString()})(${args});</script>`;
}
