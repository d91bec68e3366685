/**
 * The documentation of a Svelte component, read from its source with the TypeScript parser: the
 * `@component` comment, and each member of its `interface Props` with its type and JSDoc, whether it is
 * optional, its default and whether it is bindable (from the `$props()` destructuring). One source of truth:
 * the same JSDoc shows in an editor and in the packaged `.d.ts`.
 */
import ts from 'typescript';

export interface PropDoc {
	name: string;
	/** The type as written in the source, on one line. */
	type: string;
	required: boolean;
	/** The default value as written in the source, if any. */
	default?: string;
	/** True when the prop can be bound with `bind:`. */
	bindable: boolean;
	description: string;
}

export interface ComponentDoc {
	/** The text of the `<!-- @component … -->` comment. */
	description: string;
	props: PropDoc[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The JSDoc text of a node, on one line. */
function jsDocText(node: ts.Node): string {
	return oneLine(
		ts
			.getJSDocCommentsAndTags(node)
			.filter(ts.isJSDoc)
			.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
			.join(' ')
	);
}

/** Each destructured prop's default (as source text) and whether it is `$bindable`. */
function propDefaults(file: ts.SourceFile): Map<string, { default?: string; bindable: boolean }> {
	const defaults = new Map<string, { default?: string; bindable: boolean }>();
	const visit = (node: ts.Node) => {
		if (
			ts.isVariableDeclaration(node) &&
			ts.isObjectBindingPattern(node.name) &&
			node.initializer &&
			ts.isCallExpression(node.initializer) &&
			node.initializer.expression.getText(file) === '$props'
		)
			for (const element of node.name.elements) {
				const name = (element.propertyName ?? element.name).getText(file);
				const init = element.initializer;
				if (init && ts.isCallExpression(init) && init.expression.getText(file) === '$bindable')
					defaults.set(name, { default: init.arguments[0]?.getText(file), bindable: true });
				else defaults.set(name, { default: init?.getText(file), bindable: false });
			}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return defaults;
}

/** Reads a component's documentation from its `.svelte` source; throws if it has no `interface Props`. */
export function componentDoc(source: string, name = 'component'): ComponentDoc {
	const description = oneLine(/<!--\s*@component\s*([\s\S]*?)-->/.exec(source)?.[1] ?? '');
	const script = /<script\b(?![^>]*\bmodule\b)[^>]*>([\s\S]*?)<\/script>/.exec(source)?.[1] ?? '';
	const file = ts.createSourceFile(`${name}.ts`, script, ts.ScriptTarget.Latest, true);
	const props = file.statements.find(
		(statement): statement is ts.InterfaceDeclaration =>
			ts.isInterfaceDeclaration(statement) && statement.name.text === 'Props'
	);
	if (!props) throw new Error(`${name}: no "interface Props" in its script`);
	const defaults = propDefaults(file);
	return {
		description,
		props: props.members.filter(ts.isPropertySignature).map((member) => {
			const propName = member.name.getText(file);
			const found = defaults.get(propName);
			return {
				name: propName,
				type: oneLine(member.type?.getText(file) ?? 'unknown'),
				required: !member.questionToken,
				default: found?.default,
				bindable: found?.bindable ?? false,
				description: jsDocText(member)
			};
		})
	};
}

/** The components a public entry exports, `export { default as Name } from './path.svelte'`, in order. */
export function exportedComponents(entry: string): { name: string; path: string }[] {
	return [...entry.matchAll(/export\s*\{\s*default as (\w+)\s*\}\s*from\s*'\.\/([^']+\.svelte)'/g)].map(
		(match) => ({ name: match[1]!, path: match[2]! })
	);
}
