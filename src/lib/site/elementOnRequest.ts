/**
 * The inline script of `ElementOnRequest.svelte`: reveals the button; on click, loads the custom element's
 * script, then puts the element, with its attributes, in place and focuses it. Pages get it minified
 * (elementOnRequestScript.ts).
 */
export default function elementOnRequest(rootId: string, tag: string, attributes: Record<string, string>) {
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
