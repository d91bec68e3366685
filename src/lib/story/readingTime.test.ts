import { describe, expect, it } from 'vitest';
import { readingMinutes } from './readingTime';

describe('readingMinutes', () => {
	it('counts words of prose only, not front matter, scripts or tags', () => {
		const words = Array.from({ length: 460 }, () => 'word').join(' ');
		const source = `---\ntitle: ${'x '.repeat(500)}\n---\n<script>\n${'import x; '.repeat(300)}\n</script>\n<Fact id="a" /> ${words}`;
		expect(readingMinutes(source)).toBe(2);
	});

	it('never says zero minutes', () => {
		expect(readingMinutes('Hello.')).toBe(1);
	});
});
