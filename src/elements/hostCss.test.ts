import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { groupTokenCss } from '$lib/design/groupTokens';
import {
	declaredFamilies,
	elementFontCss,
	hostCss,
	hostReset,
	remToPx,
	withoutComments,
	withPropertiesUsedBy
} from './hostCss';

// Read from disk: Vitest stubs CSS imports, even ?raw ones.
const read = (name: string) => readFileSync(`src/lib/design/${name}.css`, 'utf8');

describe('hostCss', () => {
	it('moves tokens from :root to the host, and a forced theme to the parsed theme the host reflects', () => {
		expect(
			hostCss(
				":root{--a:1}@media (prefers-color-scheme: dark){:root:not([data-theme='light']){--a:2}}:root[data-theme='dark']{--a:2}"
			)
		).toBe(
			":host{--a:1}@media (prefers-color-scheme:dark){:host(:not([data-nato-theme='light'])){--a:2}}:host([data-nato-theme='dark']){--a:2}"
		);
	});

	it('applies rules for html and body to the host, and leaves other selectors alone', () => {
		expect(hostCss('html {color:red}\nbody{margin:0}\ntable{x:1}\n.body-text{y:1}\n.a :focus{z:1}')).toBe(
			':host{color:red}:host{margin:0}table{x:1}.body-text{y:1}.a :focus{z:1}'
		);
	});

	it('writes lengths in px, so that the host page’s root font size does not scale the element', () => {
		expect(hostCss(':root{--s:clamp(0.78rem, 0.76rem + 0.1vw, 1rem);--m:-.5rem;--n:2em}')).toBe(
			':host{--s:clamp(12.48px,12.16px + 0.1vw,16px);--m:-8px;--n:2em}'
		);
		expect(remToPx('.x2rem{margin:1.25rem}')).toBe('.x2rem{margin:20px}');
	});

	it('names the families the fonts declare under the elements’ names first, then under the site’s', () => {
		expect(
			hostCss(":root{--font-sans: Inter, 'Inter Fallback', system-ui}p{font-family: Inter}", [
				'Inter',
				'Inter Fallback'
			])
		).toBe(
			":host{--font-sans:'Nato Inter','Nato Inter Fallback',Inter,'Inter Fallback',system-ui}p{font-family:Inter}"
		);
	});

	it('leaves no :root, html, body, data-theme or rem in the site’s own token, base and group-colour CSS', () => {
		const css = hostCss(
			read('tokens') + read('base') + groupTokenCss([{ id: 'RN', colour: '#0d378a' }]),
			declaredFamilies(read('fonts'))
		);
		expect(css).not.toMatch(/:root|data-theme=|(^|[}\s,])(html|body)\s*[{,]|\drem\b/);
		expect(css).toContain('--colour-bg');
		expect(css).toContain('--group-RN-fill');
		expect(css).toContain("--font-sans:'Nato Inter','Nato Inter Fallback',Inter,'Inter Fallback',system-ui");
	});
});

describe('withPropertiesUsedBy', () => {
	const sheet =
		':host{all:initial}:host{--a:1;--b:var(--c);--c:2;--d:3;--e:4;--group-X-fill:red;--group-Y-fill:blue}' +
		"@media (prefers-color-scheme:dark){:host(:not([data-nato-theme='light'])){--d:5;--group-X-fill:pink}}" +
		'a{color:var(--e)}';

	it('keeps the properties the code or the sheet’s kept rules name, and drops the others and their empty rules', () => {
		expect(withPropertiesUsedBy(sheet, 'x.style.color="var(--b)";i--;--j')).toBe(
			':host{all:initial}:host{--b:var(--c);--c:2;--e:4;}a{color:var(--e)}'
		);
	});

	it('keeps every property a name the code builds begins, and each one the code names, in every theme', () => {
		const kept = withPropertiesUsedBy(
			sheet,
			'n.style=`fill:var(--group-${id}-fill)`;s.getPropertyValue("--d")'
		);
		expect(kept).toContain('--group-X-fill:red;--group-Y-fill:blue');
		expect(kept).toContain("{:host(:not([data-nato-theme='light'])){--d:5;--group-X-fill:pink}}");
		expect(kept).not.toMatch(/--a:|--b:|--c:/);
	});

	it('keeps the whole of the site’s sheet for code that names every property', () => {
		const css = hostCss(read('tokens') + read('base') + groupTokenCss([{ id: 'RN', colour: '#0d378a' }]));
		expect(withPropertiesUsedBy(css, css)).toBe(css);
	});
});

describe('withoutComments', () => {
	it('drops comments, whatever their lines', () => {
		expect(withoutComments('a{x:1}/* one */b{y:2/* two\nlines */}')).toBe('a{x:1}b{y:2}');
	});
});

describe('hostReset', () => {
	it('resets what the host page passes down, keeps the element a block, and lets hidden hide it', () => {
		expect(hostReset).toMatch(/^:host\{all:initial;display:block;direction:ltr;/);
		expect(hostReset).toContain(':host([hidden]){display:none}');
	});
});

describe('elementFontCss', () => {
	it('declares the site’s faces under the elements’ names, from the folder the script names', () => {
		const css = elementFontCss(read('fonts'));
		expect(declaredFamilies(css)).toEqual([
			'Nato Source Serif 4',
			'Nato Inter',
			'Nato Source Serif 4 Fallback',
			'Nato Inter Fallback'
		]);
		const files = [...css.matchAll(/url\('([^']+)'\)/g)].map((m) => m[1]);
		expect(files).toHaveLength(6);
		for (const file of files) expect(file).toMatch(/^\{fonts\}\/[\w-]+\.woff2$/);
		expect(css).toContain('unicode-range:U+0000-00FF,');
		expect(css).not.toMatch(/\/\*|node_modules/);
	});
});
