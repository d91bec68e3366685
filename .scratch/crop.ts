import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium';
import { serveStatic } from '../scripts/serveStatic';
// usage: tsx .scratch/crop.ts route width dark(0/1) name [scrollY...]
const [route, w, dark, name, ...ys] = process.argv.slice(2);
const server = await serveStatic('build', 4175);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: +w!, height: +w! < 600 ? 844 : 800 }, colorScheme: dark === '1' ? 'dark' : 'light' });
await page.goto(`http://127.0.0.1:4175${route}`, { waitUntil: 'networkidle' });
await page.evaluate(() => document.fonts.ready);
for (const y of ys.length ? ys : ['0']) {
	await page.evaluate((y) => window.scrollTo(0, +y), y);
	await page.waitForTimeout(300);
	await page.screenshot({ path: `.scratch/${name}-${y}.png` });
}
console.log(await page.evaluate(() => [document.querySelector('[data-ready]')?.getAttribute('data-ready'), [...document.querySelectorAll('[data-island]')].map((e) => e.getAttribute('data-island') + ':' + e.hasAttribute('data-hydrated'))]));
await browser.close();
server.close();
