import { describe, expect, it } from 'vitest';
import { embedEngineScript } from './embedEngine';
import { noticeLimit } from './noticeValue';

describe('embedEngineScript', () => {
	const script = embedEngineScript({
		chart: 'seats',
		specs: { theme: { values: ['auto', 'dark'], default: 'auto' } },
		notice: '“{option}” does not accept “{value}”</script><b>',
		noticeMore: 'And {count} more.'
	});

	it('names as many dropped values as the chart pages’ notices do', () => {
		expect(script).toContain(`"limit":${noticeLimit}`);
	});

	it('keeps its strings from closing the script', () => {
		expect(script.match(/<\/script>/g)).toHaveLength(1);
		expect(script).toMatch(/^<script>[\s\S]*<\/script>$/);
	});
});
