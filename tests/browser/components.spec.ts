/**
 * The components pages (/components/ and one page per chart): they send no JavaScript, draw their examples
 * with the site's data and with other data, show a props table that matches each component's source, show
 * invented examples' code as a developer writes it, and pass axe.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { componentDoc, exportedComponents } from '../../src/lib/docs/componentProps';

const root = join(import.meta.dirname, '../..');
const lib = (path: string) => readFileSync(join(root, 'src/lib', path), 'utf8');
const exported = exportedComponents(lib('index.ts'));
const election = JSON.parse(readFileSync(join(root, 'content/data/election-2024.json'), 'utf8')) as {
	alliances: { label: string; seats: number }[];
};

const pages = {
	hemicycle: ['Hemicycle', 'HemicycleTable', 'VoteLegend'],
	timeline: ['TimelineChart', 'TimelineVertical', 'TimelineKey', 'TimelineList', 'EventCard'],
	positions: ['PositionMap', 'PositionTable', 'EvidenceCard'],
	arguments: ['ArgumentOutline', 'ArgumentMap', 'ArgumentColumns', 'ClaimCard']
};

test('the index links every component page and says how to install; the methodology page links the index', async ({
	page
}) => {
	await page.goto('/components/');
	await expect(page.locator('h1')).toHaveText('Chart components for developers');
	for (const id of Object.keys(pages))
		await expect(page.locator(`a[href$="/components/${id}/"]`)).toHaveCount(1);
	await expect(page.locator('#install ~ pre').first()).toContainText(
		'npm install path/to/france-nato-charts-0.1.0.tgz'
	);
	await page.goto('/methodology/');
	await page.getByRole('link', { name: 'Chart components for developers' }).click();
	await expect(page).toHaveURL(/\/components\/$/);
});

test('every component the package exports is documented on a page', () => {
	expect(exported.map((c) => c.name).toSorted()).toEqual(
		Object.values(pages).flat().concat('ChartFrame').toSorted()
	);
});

for (const [id, components] of Object.entries(pages)) {
	test.describe(`/components/${id}/`, () => {
		// Its axe check, in both themes, is the site-wide one (site.spec.ts), which covers every page.
		test('sends no JavaScript', async ({ page }) => {
			await page.goto(`/components/${id}/`);
			await expect(page.locator('script[src], link[rel="modulepreload"]')).toHaveCount(0);
		});

		test('has a props table per component that matches its source', async ({ page }) => {
			await page.goto(`/components/${id}/`);
			for (const name of components) {
				const { path } = exported.find((c) => c.name === name)!;
				const doc = componentDoc(lib(path), name);
				const table = page.getByRole('table', { name: `Props of ${name}`, exact: true });
				await expect(table.locator('tbody tr')).toHaveCount(doc.props.length);
				for (const prop of doc.props) {
					const row = table.locator(`tr[id="${name}-${prop.name}"]`);
					await expect(row).toContainText(prop.type);
					await expect(row).toContainText(prop.description);
					if (prop.required) await expect(row).toContainText('required');
				}
			}
		});

		test('shows a usage example that imports from the package', async ({ page }) => {
			await page.goto(`/components/${id}/`);
			const usage = page.getByRole('region', { name: 'Usage' });
			await expect(usage).toContainText("from '@france-nato/charts'");
			await expect(usage).toContainText("import '@france-nato/charts/styles.css'");
		});
	});
}

test('the hemicycle page draws the Assembly and the 2024 result by alliance, with their tables', async ({
	page
}) => {
	await page.goto('/components/hemicycle/');
	const charts = page.locator('.example svg[role="listbox"]');
	await expect(charts).toHaveCount(2);
	for (const chart of await charts.all()) {
		const box = await chart.boundingBox();
		expect(box!.width).toBeGreaterThan(250);
		expect(await chart.locator('[role="option"]').count()).toBeGreaterThan(4);
	}
	const result = page.locator('.example').nth(1);
	await expect(result).toContainText('Journal.re');
	// Real data, with its sources: not labelled as an invented example.
	await expect(result).not.toContainText('Example data');
	for (const alliance of election.alliances) {
		const row = result.getByRole('row').filter({ hasText: alliance.label });
		await expect(row.first()).toContainText(String(alliance.seats));
	}
	expect(election.alliances.reduce((sum, a) => sum + a.seats, 0)).toBe(577);
});

test('the timeline page draws the chart on a wide screen and the list on a narrow one', async ({
	page
}, testInfo) => {
	await page.goto('/components/timeline/');
	const project = page.locator('.example').first();
	if (testInfo.project.name === 'desktop') {
		await expect(project.locator('svg[role="listbox"]')).toBeVisible();
		await expect(project.locator('article[id^="event-"]').first()).toBeHidden();
	} else {
		await expect(project.locator('svg[role="listbox"]')).toBeHidden();
		await expect(project.locator('article[id^="event-"]').first()).toBeVisible();
	}
});

for (const [id, example] of [
	['timeline', 'Example budget vote'],
	['positions', 'Example party'],
	['arguments', 'The town should build a tram.']
] as const) {
	test(`/components/${id}/ draws an invented example, labelled as such, and shows its code`, async ({
		page
	}) => {
		await page.goto(`/components/${id}/`);
		const invented = page.locator('.example').nth(1);
		await expect(invented).toContainText('Example data, invented to show the props');
		await expect(invented.locator('.chart svg').first()).toBeVisible();
		const code = invented.locator('details');
		await code.locator('summary').click();
		const text = await code.locator('pre').textContent();
		expect(text).toContain("from '@france-nato/charts'");
		expect(text).not.toContain('$lib');
		expect(text).toContain(example);
	});
}

test('a components page prints with its code wrapped and its navigation hidden', async ({ page }) => {
	await page.goto('/components/hemicycle/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation')).toBeHidden();
	for (const block of await page.locator('pre').all()) {
		const { scroll, client } = await block.evaluate((el) => ({
			scroll: el.scrollWidth,
			client: el.clientWidth
		}));
		expect(scroll).toBeLessThanOrEqual(client);
	}
});

for (const [id, tag] of [
	['hemicycle', 'nato-hemicycle'],
	['timeline', 'nato-timeline'],
	['positions', 'nato-positions'],
	['arguments', 'nato-arguments']
] as const)
	test(`/components/${id}/ gives the ${tag} code, and loads the live element only on request`, async ({
		page,
		baseURL
	}) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/elements/')) scripts.push(request.url());
		});
		await page.goto(`/components/${id}/`);
		await expect(page.getByRole('region', { name: 'Without a framework: the custom element' })).toContainText(
			`<script src="${baseURL}/elements/v1/${tag}.js"></script>\n<${tag}></${tag}>`
		);
		expect(scripts).toEqual([]);
		await page.getByRole('button', { name: 'Load the live element here' }).click();
		await expect(page.getByRole('region', { name: 'The live custom element' })).toBeFocused();
		await expect(page.locator(`${tag} figcaption`)).toBeVisible();
		expect(scripts).toEqual([`${baseURL}/elements/v1/${tag}.js`]);
	});
