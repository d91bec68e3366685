/**
 * Reading time of an mdsvex file, in whole minutes, at `wordsPerMinute` (default 230, an adult's silent reading
 * pace): its prose, plus `shown`, the texts its components draw from data (the quotes it shows, say), which the
 * source names but does not hold.
 */
export function readingMinutes(source: string, shown: readonly string[] = [], wordsPerMinute = 230): number {
	const prose = source
		.replace(/^---[\s\S]*?---/, '') // front matter
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<[^>]+>/g, ' ');
	const words = [prose, ...shown]
		.flatMap((text) => text.split(/\s+/))
		.filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	return Math.max(1, Math.round(words / wordsPerMinute));
}
