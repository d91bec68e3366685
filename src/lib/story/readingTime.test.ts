import { describe, expect, it } from 'vitest';
import { readingMinutes } from './readingTime';

describe('readingMinutes', () => {
	it('counts words of prose only, not front matter, scripts or tags', () => {
		const words = Array.from({ length: 460 }, () => 'word').join(' ');
		const source = `---\ntitle: ${'x '.repeat(500)}\n---\n<script>\n${'import x; '.repeat(300)}\n</script>\n<Fact id="a" /> ${words}`;
		expect(readingMinutes(source)).toBe(2);
	});

	it('counts the texts the copy shows from data, such as its quotes', () => {
		const words = (n: number) => Array.from({ length: n }, () => 'mot').join(' ');
		expect(readingMinutes(`<Quote id="a" /> ${words(230)}`)).toBe(1);
		expect(readingMinutes(`<Quote id="a" /> ${words(230)}`, [words(200), words(260)])).toBe(3);
	});

	it('never says zero minutes', () => {
		expect(readingMinutes('Hello.')).toBe(1);
	});
});
