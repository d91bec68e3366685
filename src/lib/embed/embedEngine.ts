/**
 * The embed engine: a small script inlined in an embed page's head, no framework. It reads the embed's options
 * from the address (`?theme=dark&table=show&highlight=RN`), applies them, reports a bad value in a short notice (as text,
 * never markup), and tells the host page its height whenever it changes, in the formats newsroom hosts already
 * listen for: Pym.js's (`pym.Parent`), Datawrapper's responsive snippet's, and WordPress's (an oEmbed result
 * in a WordPress post).
 *
 * Pages get it as a minified inline script (embedEngineScript.ts).
 */
import {
	datawrapperHeightMessage,
	pymHeightMessage,
	readEmbedOptions,
	wordpressHeightMessage,
	wordpressSecret,
	type EmbedOptionSpec
} from './embedOptions';
import { noticeLimit } from './noticeValue';

export interface EmbedConfig {
	/** The chart's id, e.g. "seats": Datawrapper's height message is keyed by it. */
	chart: string;
	specs: Record<string, EmbedOptionSpec>;
	/** The notice for a dropped value, with `{option}` and `{value}`. */
	notice: string;
	/** The notice's last sentence when it names only some of the dropped values, with `{count}` for the rest. */
	noticeMore: string;
}

export default function embedEngine(config: EmbedConfig): void {
	const root = document.documentElement;
	const { values, rejected } = readEmbedOptions(location.search, config.specs);
	for (const [option, value] of Object.entries(values)) root.setAttribute(`data-embed-${option}`, value);
	// A forced theme applies before the first paint (the design's tokens follow <html data-theme>).
	if (values.theme === 'light' || values.theme === 'dark') root.dataset.theme = values.theme;

	const start = () => {
		const table = document.querySelector<HTMLDetailsElement>('[data-embed-table-details]');
		if (table) table.open = values.table === 'show';
		const highlight = (values.highlight ?? 'none').split(',').filter((v) => v !== 'none');
		if (highlight.length)
			for (const mark of document.querySelectorAll<SVGElement | HTMLElement>('[data-group]'))
				mark.classList.toggle('dimmed', !highlight.includes(mark.dataset.group ?? ''));
		const notice = document.querySelector<HTMLElement>('[data-embed-notice]');
		if (notice && rejected.length) {
			// Replaced by functions: a value's `$&`, `$'` or `` $` `` is text, not a replacement pattern.
			const lines = rejected
				.slice(0, noticeLimit)
				.map(({ option, value }) =>
					config.notice.replace('{option}', () => option).replace('{value}', () => value)
				);
			const more = rejected.length - noticeLimit;
			if (more > 0) lines.push(config.noticeMore.replace('{count}', more.toLocaleString(root.lang || 'en')));
			notice.textContent = lines.join(' ');
			notice.hidden = false;
		}

		if (window.parent === window) return;
		const childId = new URLSearchParams(location.search).get('childId');
		const secret = wordpressSecret(location.hash);
		let last = 0;
		const send = () => {
			const height = Math.ceil(document.body.getBoundingClientRect().height);
			if (height === last) return;
			last = height;
			if (childId) window.parent.postMessage(pymHeightMessage(childId, height), '*');
			window.parent.postMessage(datawrapperHeightMessage(config.chart, height), '*');
			if (secret) window.parent.postMessage(wordpressHeightMessage(secret, height), '*');
		};
		new ResizeObserver(send).observe(document.body);
		addEventListener('load', send);
		void document.fonts.ready.then(send);
		send();
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
}
