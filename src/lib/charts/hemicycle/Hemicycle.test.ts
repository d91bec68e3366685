/** The seat chart as another app uses it: its selection line reads well with or without a group's `detail`. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { groupColourTokens } from '$lib/design/groupTokens';
import { englishMessages } from '$lib/i18n/englishMessages';
import { translator } from '$lib/i18n/translate';
import Hemicycle from './Hemicycle.svelte';
import type { HemicycleGroup } from './types';

const t = translator(englishMessages);
const groups: HemicycleGroup[] = [
	{ id: 'green', label: 'Green', name: 'Green Group', seats: 18, ...groupColourTokens('#2e7d32', 'light') },
	{
		id: 'red',
		label: 'Red',
		name: 'Red Group',
		detail: 'the left',
		seats: 33,
		...groupColourTokens('#c62828', 'light')
	}
];
const infoLine = (selected: string) =>
	/<p class="info[^"]*"[^>]*>([\s\S]*?)<\/p>/
		.exec(render(Hemicycle, { props: { groups, selected, t, locale: 'en' } }).body)![1]!
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

describe('Hemicycle’s selection line', () => {
	it('names a group without a detail with no empty brackets', () => {
		expect(infoLine('green')).toBe('Green Green Group: 18 seats, 35.3% of the Assembly');
	});

	it('gives a group’s detail in brackets', () => {
		expect(infoLine('red')).toBe('Red Red Group (the left): 33 seats, 64.7% of the Assembly');
	});
});
