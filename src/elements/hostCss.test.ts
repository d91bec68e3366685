import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { groupTokenCss } from '$lib/design/groupTokens';
import { hostCss } from './hostCss';

describe('hostCss', () => {
	it('moves tokens from :root to the host, and a forced theme to the theme attribute', () => {
		expect(
			hostCss(
				":root{--a:1}@media (prefers-color-scheme: dark){:root:not([data-theme='light']){--a:2}}:root[data-theme='dark']{--a:2}"
			)
		).toBe(
			":host{--a:1}@media (prefers-color-scheme: dark){:host(:not([theme='light'])){--a:2}}:host([theme='dark']){--a:2}"
		);
	});

	it('applies rules for html and body to the host, and leaves other selectors alone', () => {
		expect(hostCss('html {color:red}\nbody{margin:0}\ntable{x:1}\n.body-text{y:1}')).toBe(
			':host {color:red}\n:host{margin:0}\ntable{x:1}\n.body-text{y:1}'
		);
	});

	it('leaves no :root, html, body or data-theme in the site’s own token, base and group-colour CSS', () => {
		// Read from disk: Vitest stubs CSS imports, even ?raw ones.
		const read = (name: string) => readFileSync(`src/lib/design/${name}.css`, 'utf8');
		const css = hostCss(read('tokens') + read('base') + groupTokenCss([{ id: 'RN', colour: '#0d378a' }]));
		expect(css).not.toMatch(/:root|data-theme|(^|[}\s,])(html|body)\s*[{,]/);
		expect(css).toContain('--colour-bg');
		expect(css).toContain('--group-RN-fill');
	});
});
