/**
 * Screenshots of every prerendered page at phone (390px) and desktop (1280px) widths, light and dark,
 * into `reports/screenshots/`, for people to look at. Run `npm run build` first.
 *
 * Usage: tsx scripts/screenshots.ts [route ...]
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';
import { prerenderedRoutes } from './routes';
import { serveStatic } from './serveStatic';

const port = 4174;
const widths = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];
const schemes = ['light', 'dark'] as const;

const routes = process.argv.length > 2 ? process.argv.slice(2) : prerenderedRoutes('build');
await mkdir('reports/screenshots', { recursive: true });
const server = await serveStatic('build', port);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	for (const route of routes)
		for (const size of widths)
			for (const colorScheme of schemes) {
				const page = await browser.newPage({ viewport: size, colorScheme, deviceScaleFactor: 1 });
				await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: 'networkidle' });
				await page.evaluate(() => document.fonts.ready);
				const name =
					(route.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'story') + `-${size.name}-${colorScheme}`;
				await page.screenshot({ path: `reports/screenshots/${name}.png`, fullPage: true });
				await page.close();
				console.log(`reports/screenshots/${name}.png`);
			}
} finally {
	await browser.close();
	server.close();
}
