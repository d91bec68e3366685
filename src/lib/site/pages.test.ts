import { describe, expect, it } from 'vitest';
import { pageIds } from '$lib/data/pageIds';
import { sitePageOfRoute, sitePages } from './pages';

describe('sitePages', () => {
	it('has one page for each page id the log of changes may name', () => {
		expect(sitePages.map((page) => page.id).toSorted()).toEqual([...pageIds].toSorted());
	});
});

describe('sitePageOfRoute', () => {
	it('finds the page a route shows, in any locale', () => {
		expect(sitePageOfRoute('/[[lang=locale]]')?.id).toBe('story');
		expect(sitePageOfRoute('/[[lang=locale]]/seats')?.id).toBe('seats');
		expect(sitePageOfRoute('/[[lang=locale]]/updates')?.id).toBe('updates');
	});

	it('finds no page for a route outside the site’s pages, or none', () => {
		expect(sitePageOfRoute('/[[lang=locale]]/components/[component]')).toBeUndefined();
		expect(sitePageOfRoute('/embed/v1/[chart]')).toBeUndefined();
		expect(sitePageOfRoute(null)).toBeUndefined();
	});
});
