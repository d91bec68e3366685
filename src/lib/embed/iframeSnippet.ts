/**
 * The iframe code for an embed, as the "Embed this chart" panel gives it and the oEmbed responses carry it: the
 * iframe, then a small listener (ours) that sets the iframe's height to the one its embed reports in
 * Datawrapper's format, as Datawrapper's own embed code does. Where a host strips the script (WordPress keeps
 * only the iframe of an unknown provider, and sizes it by the embed's WordPress messages), the iframe still
 * shows the chart at its first height, and scrolls rather than hide what does not fit.
 */

// Written apart so that a page inlining this module's output does not see its own script closed early.
const open = '<' + 'script';
const close = '</' + 'script>';

/**
 * Sizes the iframe that sent a height message: only that one (the message's source), to a whole number of
 * pixels within reason, whatever the message holds.
 */
export const resizeListener = `${open}>window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d||typeof d!=="object")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow!==e.source)return;for(var k in d){var h=Math.ceil(Number(d[k]));if(h>0&&h<20000)f.style.height=h+"px"}})});${close}`;

const attribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe of the embed at `src`, `height` px high at first (`width` is the column it was measured in). */
export function embedIframe({
	src,
	title,
	height,
	width
}: {
	src: string;
	title: string;
	height: number;
	width?: number;
}): string {
	const size = width ? ` width="${width}" height="${height}"` : '';
	const style = `width:100%;border:0${width ? '' : `;height:${height}px`}`;
	return `<iframe src="${attribute(src)}" title="${attribute(title)}"${size} style="${style}" loading="lazy"></iframe>`;
}

/** The iframe and its listener, on two lines. */
export function iframeSnippet(iframe: Parameters<typeof embedIframe>[0]): string {
	return `${embedIframe(iframe)}\n${resizeListener}`;
}
