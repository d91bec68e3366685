import { describe, expect, it } from 'vitest';
import { shareCard } from './shareCard';
import { shareCardSize } from './imageSize';

const vars = new Map([
	['--colour-bg', '#fcfbf8'],
	['--colour-text', '#1b1b1d'],
	['--colour-muted', '#5c5c62'],
	['--colour-accent', '#b3261e']
]);
const text = {
	kicker: 'Seat balance',
	title: 'Could a motion to leave NATO pass?',
	site: 'France and NATO',
	asOf: 'Data as of 8 October 2026',
	description: 'The seats'
};
const transformOf = (svg: string) => {
	const [, x, y, scale] = svg.match(
		/class="chart" transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)"/
	)!;
	return { x: Number(x), y: Number(y), scale: Number(scale) };
};

describe('shareCard', () => {
	it('is an image of the size the page announces, with the headline, the site and the date', () => {
		const svg = shareCard({ markup: '<circle r="1"/>', width: 960, height: 500 }, text, vars);
		expect(svg).toContain(`width="${shareCardSize.width}" height="${shareCardSize.height}"`);
		for (const words of ['SEAT BALANCE', 'Could a motion', 'France and NATO', 'Data as of 8 October 2026'])
			expect(svg).toContain(words);
	});

	it('fits a wide chart whole inside the right-hand side', () => {
		const { x, y, scale } = transformOf(shareCard({ markup: '', width: 960, height: 500 }, text, vars));
		expect(x + 960 * scale).toBeLessThanOrEqual(shareCardSize.width - 56 + 0.01);
		expect(y + 500 * scale).toBeLessThanOrEqual(shareCardSize.height - 56 + 0.01);
		expect(svg(960, 500)).not.toContain('clip-path');
	});

	it('draws a very tall chart at the width of its box and cuts it at the foot, rather than shrink it to nothing', () => {
		const card = svg(960, 4000);
		const { scale } = transformOf(card);
		expect(960 * scale).toBeCloseTo(shareCardSize.width - 56 * 2 - 470 - 40);
		expect(card).toContain('clip-path="url(#card-clip)"');
	});

	it('sets a headline too long for five lines smaller, whole', () => {
		const long = 'word '.repeat(60).trim();
		const card = shareCard({ markup: '', width: 960, height: 500 }, { ...text, title: long }, vars);
		expect(card).toContain('font-size="38"');
		const drawn = card.slice(card.indexOf('<g class="text">'), card.indexOf('<g class="chart"'));
		expect(drawn.split('word').length - 1).toBe(60);
	});
});

function svg(width: number, height: number) {
	return shareCard({ markup: '', width, height }, text, vars);
}
