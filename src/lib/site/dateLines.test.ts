import { describe, expect, it } from 'vitest';
import { datedHtml, updatedLinkHtml } from './dateLines';

describe('datedHtml', () => {
	it('writes the label and the date at its own precision, machine-readable in datetime', () => {
		expect(datedHtml('Reporting to', '2026-10-08', 'en')).toBe(
			'Reporting to <time datetime="2026-10-08">8 October 2026</time>'
		);
		expect(datedHtml('Data as of', '2026-02', 'en')).toBe(
			'Data as of <time datetime="2026-02">February 2026</time>'
		);
	});

	it('escapes the label', () => {
		expect(datedHtml('<b>"A" & B</b>', '2026', 'en')).toBe(
			'&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt; <time datetime="2026">2026</time>'
		);
	});
});

describe('updatedLinkHtml', () => {
	const updated = { id: '2026-12-07-fix', date: '2026-12-07', kind: 'correction' as const };

	it('links "Updated <date>" to the entry on the updates page', () => {
		expect(updatedLinkHtml(updated, { label: 'Updated', updatesPage: '/updates/', locale: 'en' })).toBe(
			'<a href="/updates/#2026-12-07-fix" data-updated="2026-12-07-fix">Updated <time datetime="2026-12-07">7 December 2026</time></a>'
		);
	});
});
