/**
 * A screenshot of every scrolly step of the story, as a reader lands on it from its address (`/#<step>`),
 * at phone (390px) and desktop (1280px) widths, into `reports/screenshots/steps/`. Run `npm run build` first.
 *
 * Usage: tsx scripts/storyScreenshots.ts [--dark] [step-id ...]
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';
import { serveStatic } from './serveStatic';

const port = 4176;
const args = process.argv.slice(2);
const colorScheme = args.includes('--dark') ? 'dark' : 'light';
const only = args.filter((a) => !a.startsWith('--'));
const sizes = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];

await mkdir('reports/screenshots/steps', { recursive: true });
const server = await serveStatic('build', port);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	for (const size of sizes) {
		const page = await browser.newPage({ viewport: size, colorScheme, deviceScaleFactor: 1 });
		await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
		const steps = await page.locator('[data-step-anchor]').evaluateAll((els) => els.map((el) => el.id));
		for (const [i, id] of steps.entries()) {
			if (only.length && !only.includes(id)) continue;
			await page.goto('about:blank');
			await page.goto(`http://127.0.0.1:${port}/#${id}`, { waitUntil: 'networkidle' });
			await page.evaluate(() => document.fonts.ready);
			await page.waitForTimeout(400);
			const path = `reports/screenshots/steps/${String(i + 1).padStart(2, '0')}-${id}-${size.name}-${colorScheme}.png`;
			await page.screenshot({ path });
			console.log(path);
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
