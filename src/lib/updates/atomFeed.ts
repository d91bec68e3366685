/**
 * The log of changes as an Atom 1.0 feed (RFC 4287), for feed readers and for the newsrooms and teachers who
 * embed a chart. Pure: every address comes in absolute, every text already in the feed's language.
 */
import { createHash } from 'node:crypto';

export interface FeedEntry {
	/** The log entry's id (updates.json): the feed entry's id is made from it, and never changes. */
	id: string;
	/** YYYY-MM-DD. */
	date: string;
	title: string;
	/** The entry as HTML (escaped here); readers show it as the entry's body. */
	html: string;
	/** The entry's anchor on the updates page, absolute. */
	href: string;
	/** The entry's kind, as a category: its term (e.g. "correction") and its label. */
	category: { term: string; label: string };
}

export interface Feed {
	/** The feed's stable name, from which its id is made (not an address, so that a move keeps it). */
	name: string;
	title: string;
	subtitle: string;
	author: string;
	/** The feed's own address, absolute. */
	self: string;
	/** The updates page, absolute. */
	page: string;
	/** YYYY-MM-DD: the newest entry's date. */
	updated: string;
	/** Newest first. */
	entries: readonly FeedEntry[];
}

/** Text safe in XML content and attribute values: markup characters escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 does not allow
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

/** A name-based (version 5) UUID URN: the same name always gives the same id, whatever the site's address. */
export function nameUrn(name: string): string {
	// RFC 4122's URL namespace.
	const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
	const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A day as an Atom date: the start of that day, UTC. */
const instant = (day: string) => `${day}T00:00:00Z`;

/** A title of at most `max` characters, cut at a word with an ellipsis. */
export function shortTitle(text: string, max = 100): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[,;:.]$/, '')}…`;
}

/** The feed's XML. */
export function atomFeed(feed: Feed): string {
	const x = escapeXml;
	const entries = feed.entries.map(
		(entry) => `	<entry>
		<id>${nameUrn(`${feed.name}/${entry.id}`)}</id>
		<title type="text">${x(entry.title)}</title>
		<link rel="alternate" type="text/html" href="${x(entry.href)}"/>
		<published>${instant(entry.date)}</published>
		<updated>${instant(entry.date)}</updated>
		<category term="${x(entry.category.term)}" label="${x(entry.category.label)}"/>
		<content type="html">${x(entry.html)}</content>
	</entry>
`
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
	<id>${nameUrn(feed.name)}</id>
	<title type="text">${x(feed.title)}</title>
	<subtitle type="text">${x(feed.subtitle)}</subtitle>
	<link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>
	<link rel="alternate" type="text/html" href="${x(feed.page)}"/>
	<updated>${instant(feed.updated)}</updated>
	<author><name>${x(feed.author)}</name></author>
${entries.join('')}</feed>
`;
}
