import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentDoc, exportedComponents } from './componentProps';

const lib = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(lib, path), 'utf8');

describe('componentDoc', () => {
	it('reads the description, each prop with its type, JSDoc, default and whether it is bindable', () => {
		const doc = componentDoc(
			`<!-- @component A chart.
	Two lines. -->
<script lang="ts">
	interface Props {
		/** The groups, left to right. */
		groups: { id: string }[];
		/** Vacant seats. */
		vacant?: number;
		selected?: string | null;
	}
	let { groups, vacant = 0, selected = $bindable(null) }: Props = $props();
</script>`,
			'Chart'
		);
		expect(doc.description).toBe('A chart. Two lines.');
		expect(doc.props).toEqual([
			{
				name: 'groups',
				type: '{ id: string }[]',
				required: true,
				default: undefined,
				bindable: false,
				description: 'The groups, left to right.'
			},
			{
				name: 'vacant',
				type: 'number',
				required: false,
				default: '0',
				bindable: false,
				description: 'Vacant seats.'
			},
			{
				name: 'selected',
				type: 'string | null',
				required: false,
				default: 'null',
				bindable: true,
				description: ''
			}
		]);
	});

	it('fails, naming the component, when there is no Props interface', () => {
		expect(() => componentDoc('<script lang="ts">let x = 1;</script>', 'Empty')).toThrow(
			/Empty: no "interface Props"/
		);
	});

	it('documents every prop of every component the public entry exports', () => {
		const components = exportedComponents(read('index.ts'));
		expect(components.map((c) => c.name)).toEqual(
			expect.arrayContaining(['Hemicycle', 'TimelineChart', 'PositionMap', 'ArgumentMap'])
		);
		for (const { name, path } of components) {
			const doc = componentDoc(read(path), name);
			expect(doc.description, name).not.toBe('');
			for (const prop of doc.props) expect(prop.description, `${name}.${prop.name}`).not.toBe('');
		}
	});
});
