import { describe, expect, it } from 'vitest';
import messages from '$content/en/messages.json';
import { translator, type Messages } from '$lib/i18n/translate';
import { presetOptions } from './presetOptions';
import { presetIds } from './scenario';

describe('presetOptions', () => {
	it('gives every preset, in order, its own label and description', () => {
		const options = presetOptions(translator(messages as Messages));
		expect(options.map((o) => o.id)).toEqual([...presetIds]);
		expect(options.find((o) => o.id === 'lfi')).toMatchObject({ label: 'Scenario: LFI alone' });
		expect(new Set(options.map((o) => o.description)).size).toBe(presetIds.length);
	});
});
