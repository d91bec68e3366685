/**
 * `import script from './module?inline-script'` (scripts/inlineScript.ts): the module's default export,
 * bundled and minified at build time, as an inline `<script>` element that calls it with `args` (JSON).
 */
declare module '*?inline-script' {
	const script: (...args: unknown[]) => string;
	export default script;
}
