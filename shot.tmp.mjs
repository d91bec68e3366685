import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
for (const c of ['seats', 'timeline', 'positions', 'arguments']) {
	await page.goto(`file:///work/wt-images/build/data/v1/${c}.svg`);
	await page.screenshot({ path: `/tmp/chrome-${c}.png`, fullPage: true });
}
await browser.close();
