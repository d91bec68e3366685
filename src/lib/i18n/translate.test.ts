import { describe, expect, it } from 'vitest';
import { translator, type Messages } from './translate';

const t = translator({ 'story.readingTime': '{minutes} min read', 'site.name': 'Site' } as Messages);

describe('translator', () => {
	it('fills placeholders', () => {
		expect(t('story.readingTime', { minutes: 4 })).toBe('4 min read');
	});

	it('leaves unknown placeholders visible rather than inventing text', () => {
		expect(t('story.readingTime')).toBe('{minutes} min read');
	});
});
