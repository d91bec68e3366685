/** UI strings: typed keys from the default locale's message file, `{name}` placeholders filled in. */
import type defaultMessages from './messages.en.js';
export type MessageKey = keyof typeof defaultMessages;
export type Messages = Record<MessageKey, string>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
/** Returns a `t(key, params)` function for one locale's messages. */
export declare function translator(messages: Messages): Translate;
