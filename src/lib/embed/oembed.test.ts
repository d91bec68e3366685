import { describe, expect, it } from 'vitest';
import { chartIds } from '$lib/data/chartIds';
import { resizeListener } from './iframeSnippet';
import { oembedResponse } from './oembed';

const site = 'https://example.org/nato';

describe('oembedResponse', () => {
	it('is a rich oEmbed 1.0 response: an iframe of the embed at an absolute address, then its height listener', () => {
		for (const chart of chartIds) {
			const response = oembedResponse(chart, { site, title: 'A chart', providerName: 'France and NATO' });
			expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${site}/` });
			expect(response.html).toMatch(new RegExp(`^<iframe src="${site}/embed/v1/${chart}/" `));
			expect(response.html).toContain(`height="${response.height}"`);
			// Never scrolling="no": where nothing sizes the iframe, what does not fit can still be reached.
			expect(response.html).not.toContain('scrolling');
			expect(response.html.split('\n')[1]).toBe(resizeListener);
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
