import type { Messages } from './translate.js';
export declare const englishMessages: Messages;
