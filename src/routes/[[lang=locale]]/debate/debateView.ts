/**
 * The debate page's view in its address, so that a teacher can hand out a link: who the reader filtered on
 * (`who`, a group or party key), the side classroom mode hides (`hide=for|against`) and how many of its claims
 * the class has revealed (`revealed`, only with `hide`). Pure: params in, a view and notices out.
 */
import type { Side } from '$lib/layout/argumentTree';

export interface DebateView {
	/** The group or party key the arguments are filtered on; null for everyone. */
	who: string | null;
	/** Classroom mode: the side hidden until the class reveals it; null when every argument shows. */
	hide: Side | null;
	/** How many of the hidden claims are revealed, in reveal order; 0 without `hide`. */
	revealed: number;
}

/** A parameter the page could not use: its name and value, to say so. Never rendered as HTML. */
export interface ViewNotice {
	parameter: string;
	value: string;
}

export const defaultView: DebateView = { who: null, hide: null, revealed: 0 };

/**
 * The view the address asks for. A value that is not allowed (an unknown key, another side, a count that is
 * not a whole number from 0 to the number of claims the side hides) gives the default for that parameter and
 * a notice; parameters the page does not know are ignored.
 */
export function debateViewFromParams(
	params: URLSearchParams,
	known: { who: readonly string[]; hiddenCount: (side: Side) => number }
): { view: DebateView; notices: ViewNotice[] } {
	const notices: ViewNotice[] = [];
	const view = { ...defaultView };
	const who = params.get('who');
	if (who !== null) {
		if (known.who.includes(who)) view.who = who;
		else notices.push({ parameter: 'who', value: who });
	}
	const hide = params.get('hide');
	if (hide !== null) {
		if (hide === 'for' || hide === 'against') view.hide = hide;
		else notices.push({ parameter: 'hide', value: hide });
	}
	const revealed = params.get('revealed');
	if (revealed !== null) {
		const count = /^\d{1,4}$/.test(revealed) ? Number(revealed) : NaN;
		if (view.hide && count <= known.hiddenCount(view.hide)) view.revealed = count;
		else notices.push({ parameter: 'revealed', value: revealed });
	}
	return { view, notices };
}

/** The query string for a view (without "?"): only what differs from the default, in a fixed order. */
export function debateViewToParams(view: DebateView): string {
	const params = new URLSearchParams();
	if (view.who !== null) params.set('who', view.who);
	if (view.hide !== null) {
		params.set('hide', view.hide);
		if (view.revealed > 0) params.set('revealed', String(view.revealed));
	}
	return params.toString();
}
