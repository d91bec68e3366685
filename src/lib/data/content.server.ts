/**
 * The only module that reads `content/`. Vite inlines the JSON at build time; it is validated once,
 * here, so that every route receives typed, checked data. Server-only: data reaches the browser only
 * as the serialised result of a `load` function.
 */
import { validateContent } from './validate';

const data = import.meta.glob('/content/data/*.json', { eager: true, import: 'default' });
const messages = import.meta.glob('/content/*/messages.json', { eager: true, import: 'default' });

const strip = (files: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(files).map(([path, value]) => [path.replace(/^\//, ''), value]));

export const content = validateContent(strip(data), strip(messages));
