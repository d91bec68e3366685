import { describe, expect, it } from 'vitest';
import { chartIds } from '$lib/data/chartIds';
import { oembedResponse } from './oembed';

const site = 'https://example.org/nato';

describe('oembedResponse', () => {
	it('is a rich oEmbed 1.0 response with a bare iframe of the embed at an absolute address', () => {
		for (const chart of chartIds) {
			const response = oembedResponse(chart, { site, title: 'A chart', providerName: 'France and NATO' });
			expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${site}/` });
			expect(response.html).toMatch(new RegExp(`^<iframe src="${site}/embed/v1/${chart}/" `));
			expect(response.html).toContain(`height="${response.height}"`);
			expect(response.html).not.toMatch(/<script/i);
			expect(response.width).toBeGreaterThan(0);
		}
	});

	it('escapes the title inside the HTML', () => {
		const { html, title } = oembedResponse('seats', {
			site,
			title: 'Seats "by group" <b>',
			providerName: 'x'
		});
		expect(title).toBe('Seats "by group" <b>');
		expect(html).toContain('title="Seats &quot;by group&quot; &lt;b&gt;"');
	});
});
