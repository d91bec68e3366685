import { describe, expect, it } from 'vitest';
import { keysNamedIn } from './keysNamed';

describe('keysNamedIn', () => {
	it('finds keys written whole, in any quotes', () => {
		const named = keysNamedIn('t(\'seats.chartTitle\');t("embed.table");t(`timeline.close`)');
		for (const key of ['seats.chartTitle', 'embed.table', 'timeline.close']) expect(named(key)).toBe(true);
		for (const key of ['seats.summary', 'embed.notice', 'timeline']) expect(named(key)).toBe(false);
	});

	it('keeps every key a template or a concatenation begins', () => {
		const named = keysNamedIn("t(`download.${format}`);t('simulator.' + rule);t(`embed.${chart}.title`)");
		for (const key of ['download.csv', 'download.embedCopy', 'simulator.ruleCast', 'embed.seats.title'])
			expect(named(key)).toBe(true);
		expect(named('seats.chartTitle')).toBe(false);
	});

	it('errs on the side of keeping: a key begun by a named one stays', () => {
		const named = keysNamedIn("t('seats.of')");
		expect(named('seats.of')).toBe(true);
		expect(named('seats.offset')).toBe(true);
		expect(named('seats.answer')).toBe(false);
	});

	it('names nothing in code with no key-shaped string', () => {
		const named = keysNamedIn('const x = 1; t(key); "nodot"');
		expect(named('seats.chartTitle')).toBe(false);
	});
});
