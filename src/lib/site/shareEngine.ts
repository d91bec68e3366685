/**
 * What makes the share buttons work, on every page, hydrated or not (the story and the reference pages ship no
 * app JavaScript): one listener on the document for clicks on `[data-share]` buttons. It shares the address as
 * it is at the click (with the scenario, selection or step the reader has reached) through the Web Share API
 * where the browser has it, otherwise copies it to the clipboard, and where that is refused shows it to copy by
 * hand. The button's strings come from its data attributes. It also marks the document as able to share, which
 * is what makes the buttons visible: without JavaScript they keep their place but are not shown.
 *
 * Pages get it as a minified inline script (shareEngineScript.ts).
 */
export default function shareEngine() {
	const root = document.documentElement;
	if (root.dataset.share === 'ready') return;
	root.dataset.share = 'ready';
	document.addEventListener('click', async (event) => {
		const target = event.target instanceof Element ? event.target : null;
		const button = target?.closest<HTMLButtonElement>('button[data-share]');
		if (!button) return;
		const box = button.parentElement!;
		const status = box.querySelector('[role="status"]');
		const url = location.href;
		const say = (text: string) => {
			if (status) status.textContent = text;
		};
		box.querySelector('input.manual')?.remove();
		say('');
		const data = { title: button.dataset.title || document.title, url };
		if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
			try {
				await navigator.share(data);
				return;
			} catch (error) {
				// The reader closed the share sheet: nothing to say.
				if (error instanceof DOMException && error.name === 'AbortError') return;
			}
		}
		try {
			await navigator.clipboard.writeText(url);
			say(button.dataset.copied ?? '');
		} catch {
			const input = document.createElement('input');
			input.className = 'manual';
			input.readOnly = true;
			input.value = url;
			input.setAttribute('aria-label', button.dataset.manual ?? '');
			box.append(input);
			say(button.dataset.manual ?? '');
			input.select();
		}
	});
}
