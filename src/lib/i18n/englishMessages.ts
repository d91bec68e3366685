/**
 * The English UI strings, for a consumer of the component package to make a `t` with `translator()`.
 * In the site this is every English string; the package (scripts/package.ts) ships only the charts' strings.
 */
import messages from '$content/en/messages.json';
import type { Messages } from './translate';

export const englishMessages: Messages = messages;
