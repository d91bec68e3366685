/** The chart images as the build makes them: standalone, well formed, complete and in the right colours. */
import { readFileSync } from 'node:fs';
import { latestComposition } from '$lib/data/assemblyRecords';
import { describe, expect, it } from 'vitest';
import { chartIds, type ChartId } from '$lib/data/chartIds';
import { content, messagesFor } from '$lib/data/content.server';
import { ballotChart, chartText } from '$lib/embed/chartText.server';
import { translator, type Messages } from '$lib/i18n/translate';
import { positionChart } from '$lib/data/positionChart.server';
import { groupColourTokens } from '$lib/design/groupTokens';
import { chartSvg } from './chartSvg.server';
import { imageWidth } from './imageSize';
import { parseMarkup, textOf, walk, type MarkupElement } from './markupTree';

const messages = messagesFor('en', ['embed', 'download', 'ballots']);
const textOfChart = (chart: ChartId) => chartText(content, chart, translator(messages as Messages), 'en');
const documentOf = (chart: ChartId) => {
	const svg = chartSvg(chart);
	const nodes = parseMarkup(svg.replace(/^<\?xml[^>]*\?>/, ''));
	const root = nodes.find((n): n is MarkupElement => typeof n !== 'string')!;
	return { svg, root, elements: [...walk([root])].map((e) => e.element) };
};
/** Every line of text the image draws (a <text> element each). */
const textsOf = (elements: MarkupElement[]) =>
	elements.filter((e) => e.name === 'text').map((e) => textOf(e));

describe.each(chartIds)('the %s image', (chart) => {
	const { svg, root, elements } = documentOf(chart);

	it('is one well-formed SVG document with its size, viewBox and namespace', () => {
		expect(root.name).toBe('svg');
		expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
		expect(Number(root.attrs.width)).toBe(imageWidth);
		const height = Number(root.attrs.height);
		expect(height).toBeGreaterThan(300);
		expect(root.attrs.viewBox).toBe(`0 0 ${imageWidth} ${height}`);
		expect(root.attrs['font-family']).toMatch(/^Inter, .*sans-serif$/);
	});

	it('stands alone: no stylesheet, custom property, script, event handler or external reference', () => {
		expect(svg).not.toContain('var(');
		expect(svg).not.toMatch(/<(style|script|foreignObject|image|a)\b/);
		expect(svg).not.toMatch(/\son[a-z]+="/);
		expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
		expect(svg).not.toMatch(/\s(tabindex|role="(listbox|option)"|aria-selected)=/);
		expect(svg).not.toMatch(/svelte-[a-z0-9]+/);
		expect(svg).not.toMatch(/focus/);
		// Text attributes some editors ignore are written portably (see portableText).
		expect(svg).not.toMatch(/dominant-baseline|paint-order/);
	});

	it('has unique ids, all its own, and every reference points at one of them', () => {
		const ids = elements.map((e) => e.attrs.id).filter(Boolean);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(new RegExp(`^${chart}-`));
		for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
	});

	it('has its title and text alternative, and draws the title, source, "data as of" and credit', () => {
		const { title, description } = textOfChart(chart);
		expect(textOf(elements.find((e) => e.name === 'title')!)).toBe(title);
		expect(textOf(elements.find((e) => e.name === 'desc')!)).toContain(description);
		const drawn = textsOf(elements).join(' ');
		expect(drawn).toContain(title);
		expect(drawn).toMatch(/Sources: \S/);
		expect(drawn).toMatch(/Data as of \d{1,2} [A-Z][a-z]+ \d{4}\./);
		expect(drawn).toContain(messages['download.creditLine']!);
	});

	it('draws in concrete colours only', () => {
		for (const element of elements)
			for (const property of ['fill', 'stroke'])
				if (element.attrs[property] !== undefined)
					expect(element.attrs[property]).toMatch(/^(#[0-9a-f]{6}|none)$/i);
	});
});

describe('what each image shows', () => {
	it('the seat chart: every seat in its group colour, every group in the key with its name spelt out and its count', () => {
		const { elements } = documentOf('seats');
		const texts = textsOf(elements);
		const latest = latestComposition(content);
		let seats = 0;
		for (const group of content.assembly.groups) {
			const g = elements.find((e) => e.attrs['data-group'] === group.id)!;
			const circles = g.children.filter(
				(c): c is MarkupElement => typeof c !== 'string' && c.name === 'circle'
			);
			expect(circles).toHaveLength(latest.seats[group.id] ?? 0);
			const { fill, ink } = groupColourTokens(group.colour, 'light');
			for (const circle of circles) expect([circle.attrs.fill, circle.attrs.stroke]).toEqual([fill, ink]);
			expect(texts).toContain(`${group.id} ${group.nameEn} ${latest.seats[group.id] ?? 0}`);
			seats += circles.length;
		}
		expect(seats + latest.vacant).toBe(content.assembly.totalSeats);
		expect(texts).toContain(`${Math.floor(content.assembly.totalSeats / 2) + 1}: absolute majority`);
	});

	it('the timeline: every event a mark, labels whole titles (never cut), the key and the scale breaks', () => {
		const { elements } = documentOf('timeline');
		const hasClass = (e: (typeof elements)[number], name: string) =>
			e.attrs.class?.split(/\s+/).includes(name);
		const marks = elements.filter((e) => e.name === 'path' && hasClass(e, 'diamond'));
		const bars = elements.filter((e) => e.name === 'rect' && hasClass(e, 'bar'));
		// Each event once, plus the key's swatches (three lanes and "cited" as diamonds, one bar).
		expect(marks.length + bars.length).toBe(
			content.timeline.events.length + content.timeline.lanes.length + 2
		);
		// Painted as on the page: US actions filled with the accent colour, France and NATO outlined on the page colour.
		const accent = /--colour-accent:\s*([^;]+);/
			.exec(readFileSync('src/lib/design/tokens.css', 'utf8'))![1]!
			.trim();
		for (const mark of marks.filter((e) => hasClass(e, 'lane-us'))) expect(mark.attrs.fill).toBe(accent);
		for (const mark of marks.filter((e) => hasClass(e, 'lane-france-nato')))
			expect(mark.attrs.fill).toBe('#fcfbf8');
		const titles = new Set(content.timeline.events.map((e) => e.title));
		const labels = elements
			.filter((e) => e.name === 'text' && e.attrs.class === 'label')
			.map((e) =>
				e.children
					.filter((c): c is MarkupElement => typeof c !== 'string' && c.name === 'tspan')
					.map(textOf)
					.join(' ')
			);
		expect(labels.length).toBeGreaterThan(15);
		for (const label of labels) expect(titles.has(label), label).toBe(true);
		const texts = textsOf(elements);
		for (const lane of content.timeline.lanes) expect(texts).toContain(lane.label);
		expect(texts).toEqual(
			expect.arrayContaining(['Cited by the motion', 'Lasted more than a day', 'Scale changes at each era'])
		);
		expect(elements.filter((e) => e.attrs.class === 'break')).toHaveLength(content.timeline.eras.length);
	});

	it('the position map: every surveyed party labelled, the others named in a note', () => {
		const { elements } = documentOf('positions');
		const texts = textsOf(elements);
		const { parties } = positionChart(content);
		const drawn = texts.join(' ');
		for (const party of parties)
			if (party.values.lrgen != null) expect(texts).toContain(party.label);
			else expect(drawn).toContain(party.name);
		for (const step of positionChart(content).steps) expect(texts).toContain(step.label);
	});

	it('the argument map: the thesis and every claim, word for word, in a box', () => {
		const { elements } = documentOf('arguments');
		const boxes = elements.filter((e) => e.name === 'g' && /\bbox\b/.test(e.attrs.class ?? ''));
		const boxTexts = boxes.map((b) => textsOf([...walk([b])].map((w) => w.element)).join(' '));
		expect(boxes).toHaveLength(content.arguments.claims.length + 1);
		for (const claim of content.arguments.claims) expect(boxTexts).toContain(claim.text.replace(/\s+/g, ' '));
	});

	it('the recorded ballots: every Article 34-1 ballot, labelled, with its result, bar and needed mark; the precedent picked out', () => {
		const { elements } = documentOf('ballots');
		const { ballots, precedent } = ballotChart(content);
		const labels = elements.filter((e) => e.attrs.class === 'label').map(textOf);
		const metas = elements.filter((e) => e.attrs.class === 'meta').map(textOf);
		const bars = elements.filter((e) => e.name === 'g' && e.attrs.class === 'bar');
		expect(bars).toHaveLength(ballots.length);
		expect(metas).toHaveLength(ballots.length);
		ballots.forEach((ballot, i) => {
			expect(metas[i]).toContain(`n° ${ballot.number}`);
			expect(metas[i]).toMatch(new RegExp(`(Adopted|Rejected) ${ballot.for}–${ballot.against}`));
			expect(labels.join(' ')).toContain(ballot.label.split(' ').slice(0, 3).join(' '));
			const needed = bars[i]!.children.filter(
				(c): c is MarkupElement => typeof c !== 'string' && c.attrs.class === 'needed'
			);
			expect(needed).toHaveLength(1);
			const forRect = bars[i]!.children.find(
				(c): c is MarkupElement => typeof c !== 'string' && c.attrs.class === 'for'
			);
			// The bar for spans the votes for, on the scale of the whole house.
			expect(Number(forRect?.attrs.width ?? 0)).toBeCloseTo(
				(ballot.for / content.assembly.totalSeats) * (imageWidth - 64 - 22),
				0
			);
		});
		expect(elements.filter((e) => e.attrs.class === 'selected')).toHaveLength(1);
		expect(textsOf(elements)).toContain('Closest precedent');
		expect(metas.findIndex((m) => m.includes(`n° ${precedent}`))).toBe(
			ballots.findIndex((b) => b.number === precedent)
		);
	});
});
