import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium';

// TEST_PORT lets two checkouts run their browser tests side by side without sharing a server.
const port = Number(process.env.TEST_PORT ?? 4173);

/** Browser tests run in real Chromium against the built, prerendered site served as static files. */
export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// Limits catch a hang, not slowness: on a busy 2-core machine a page can take seconds to hydrate.
	timeout: 90_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	projects: [
		{
			name: 'phone',
			// The component package's fresh-app test installs and builds an app: once, on desktop, is enough.
			testIgnore: /package\.spec\.ts/,
			use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
		},
		{ name: 'desktop', use: { viewport: { width: 1280, height: 800 } } }
	],
	webServer: {
		command: `npx tsx scripts/serveStatic.ts build ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI
	}
});
