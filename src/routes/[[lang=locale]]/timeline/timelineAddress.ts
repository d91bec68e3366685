/**
 * The timeline page's address: `#event-<id>` names the opened event. A fragment that names no event (the skip
 * link's `#content`, a removed event, a malformed escape such as `#event-%`) is left alone and opens nothing,
 * so that the page never breaks on a link it did not write. Pure.
 */

/** The event id a fragment names (`#event-<id>`, percent-decoded), or null when it names none of `ids`. */
export function eventInFragment(hash: string, ids: ReadonlySet<string>): string | null {
	const match = /^#event-(.+)$/.exec(hash);
	if (!match) return null;
	let id: string;
	try {
		id = decodeURIComponent(match[1]!);
	} catch {
		return null;
	}
	return ids.has(id) ? id : null;
}

/**
 * The fragment the address should carry: the opened event's; with none opened, an empty one where the address
 * named a known event (it was closed), otherwise the fragment as it is.
 */
export function fragmentFor(selected: string | null, hash: string, ids: ReadonlySet<string>): string {
	if (selected) return `#event-${selected}`;
	return eventInFragment(hash, ids) ? '' : hash;
}
