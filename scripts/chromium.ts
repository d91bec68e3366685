/**
 * Where Chromium is and how to start it on these machines: Debian's `chromium` when installed (Playwright
 * cannot download its own browser here), otherwise Playwright's own browser. Flags keep a headless
 * Chromium from calling home, which a closed network refuses.
 */
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The system Chromium's path, or undefined to let Playwright use its own browser. */
export const chromiumPath: string | undefined = candidates.find((path) => path && existsSync(path));

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];
