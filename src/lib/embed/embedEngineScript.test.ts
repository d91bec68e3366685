import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedEngineScript } from './embedEngineScript';
import { noticeLimit } from './noticeValue';

const script = embedEngineScript({
	chart: 'seats',
	specs: {
		theme: { values: ['auto', 'dark'], default: 'auto' },
		highlight: { values: ['RN', 'none'], default: 'none', list: true }
	},
	notice: '“{option}” does not accept “{value}”</script><b>',
	noticeMore: 'And {count} more.'
});

/** Runs the script as a page would, in a stand-in for an embed page that is not framed, at `search`. */
function run(search: string) {
	const attributes: Record<string, string> = {};
	const root = {
		dataset: {} as Record<string, string>,
		lang: 'en',
		setAttribute: (name: string, value: string) => (attributes[name] = value)
	};
	const notice = { textContent: '', hidden: true };
	const document = {
		documentElement: root,
		readyState: 'complete',
		querySelector: (selector: string) => (selector === '[data-embed-notice]' ? notice : null),
		querySelectorAll: () => []
	};
	const window: Record<string, unknown> = {};
	window.parent = window;
	const code = script.slice('<script>'.length, -'</script>'.length);
	runInNewContext(code, { document, window, location: { search, hash: '' }, URLSearchParams });
	return { attributes, theme: root.dataset.theme, notice };
}

describe('embedEngineScript', () => {
	it('keeps its strings from closing the script', () => {
		expect(script.match(/<\/script>/g)).toHaveLength(1);
		expect(script).toMatch(/^<script>[\s\S]*<\/script>$/);
	});

	it('applies the options in the address to the page', () => {
		const { attributes, theme, notice } = run('?theme=DARK&highlight=rn');
		expect(attributes).toEqual({ 'data-embed-theme': 'dark', 'data-embed-highlight': 'RN' });
		expect(theme).toBe('dark');
		expect(notice.hidden).toBe(true);
	});

	it('names as many dropped values as the chart pages’ notices do, then counts the rest', () => {
		const dropped = Array.from({ length: noticeLimit + 2 }, (_, i) => `x${i}`);
		const { notice } = run(`?highlight=${dropped.join(',')}`);
		expect(notice.hidden).toBe(false);
		expect(notice.textContent.match(/does not accept/g)).toHaveLength(noticeLimit);
		expect(notice.textContent).toContain(`“x${noticeLimit - 1}”`);
		expect(notice.textContent).not.toContain(`“x${noticeLimit}”`);
		expect(notice.textContent).toMatch(/And 2 more\.$/);
	});
});
