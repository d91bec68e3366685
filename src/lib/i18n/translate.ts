/** UI strings: typed keys from the default locale's message file, `{name}` placeholders filled in. */
import type defaultMessages from '$content/en/messages.json';

export type MessageKey = keyof typeof defaultMessages;
export type Messages = Record<MessageKey, string>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns a `t(key, params)` function for one locale's messages. */
export function translator(messages: Messages): Translate {
	return (key, params = {}) => {
		const message = messages[key] as string | undefined;
		if (message === undefined)
			throw new Error(
				`UI string "${key}" is not loaded on this page: add "${key.split('.')[0]}" to its pageMessages`
			);
		return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
			name in params ? String(params[name]) : whole
		);
	};
}
