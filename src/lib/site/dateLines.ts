/**
 * The site's date lines as HTML, made on the server: "Reporting to …", "Sources last checked …" and the
 * "Updated …" link to the log of changes. Chart pages hydrate their header and footer, so these are sent as
 * strings, not as templates: they cost the page its text, not code.
 */
import { formatDate } from '$lib/i18n/format';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `<label> <time datetime="…">date</time>`: a date (YYYY, YYYY-MM or YYYY-MM-DD) written for `locale`. */
export function datedHtml(label: string, date: string, locale: string): string {
	return `${escape(label)} <time datetime="${escape(date)}">${escape(formatDate(date, locale))}</time>`;
}

/** "Updated <date>", linked to the log entry at `updatesPage#<id>`. */
export function updatedLinkHtml(
	updated: { id: string; date: string },
	options: { label: string; updatesPage: string; locale: string }
): string {
	const href = `${options.updatesPage}#${updated.id}`;
	return `<a href="${escape(href)}" data-updated="${escape(updated.id)}">${datedHtml(options.label, updated.date, options.locale)}</a>`;
}

/**
 * The site footer's content: the site's name, the credit, the dates (`reportingTo` and `sourcesChecked` as made
 * by datedHtml), links (escaped here) separated by a dot, and the fonts' credit. It never changes once
 * prerendered, and hydrates on every chart page: as one string it costs them its text, not a template.
 */
export function footerHtml(parts: {
	name: string;
	credit: string;
	reportingTo: string;
	sourcesChecked: string;
	links: { href: string; text: string }[];
	licence: string;
	fonts: string;
}): string {
	const links = parts.links
		.map((link) => `<a href="${escape(link.href)}">${escape(link.text)}</a>`)
		.join(' <span aria-hidden="true">·</span> ');
	return [
		`<p class="name">${escape(parts.name)}</p>`,
		`<p>${escape(parts.credit)}</p>`,
		`<p class="dates"><span>${parts.reportingTo}.</span> <span>${parts.sourcesChecked}.</span></p>`,
		`<p class="links">${links}</p>`,
		`<p class="licence">${escape(parts.licence)}</p>`,
		`<p class="fonts">${escape(parts.fonts)}</p>`
	].join('');
}
