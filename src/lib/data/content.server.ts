/**
 * The only module that reads `content/`. Vite inlines the JSON at build time; it is validated once,
 * here, so that every route receives typed, checked data. Server-only: data reaches the browser only
 * as the serialised result of a `load` function.
 */
import { isoDay } from '../dates/partialDate';
import { validateContent } from './validate';

const data = import.meta.glob('/content/data/*.json', { eager: true, import: 'default' });
const messages = import.meta.glob('/content/*/messages.json', { eager: true, import: 'default' });

const strip = (files: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(files).map(([path, value]) => [path.replace(/^\//, ''), value]));

export const content = validateContent(strip(data), strip(messages), { today: isoDay(new Date()) });

/** UI-string prefixes every page uses: the site's chrome and the copy components. */
const sharedPrefixes = ['site', 'nav', 'dates', 'story', 'cite', 'quote', 'chart', 'table', 'notFound'];

/**
 * A locale's UI strings whose keys start with one of `prefixes` (or, without prefixes, the shared ones).
 * A page that hydrates carries only the strings it can show, not the whole site's.
 */
export function messagesFor(
	locale: string,
	prefixes: readonly string[] = sharedPrefixes
): Record<string, string> {
	const all = content.messages[locale] ?? {};
	return Object.fromEntries(Object.entries(all).filter(([key]) => prefixes.includes(key.split('.')[0]!)));
}
