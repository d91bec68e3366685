/** The data bundled into the elements' scripts: `virtual:element-data/<key>` is one key of `elementData()`. */
type ElementData = import('./elementData.server').ElementData;
declare module 'virtual:element-data/locale' {
	const value: ElementData['locale'];
	export default value;
}
declare module 'virtual:element-data/hostCss' {
	const value: ElementData['hostCss'];
	export default value;
}
declare module 'virtual:element-data/fonts' {
	const value: ElementData['fonts'];
	export default value;
}
declare module 'virtual:element-data/messages/*' {
	const value: Record<string, string>;
	export default value;
}
declare module 'virtual:element-data/seats' {
	const value: ElementData['seats'];
	export default value;
}
declare module 'virtual:element-data/timeline' {
	const value: ElementData['timeline'];
	export default value;
}
declare module 'virtual:element-data/positions' {
	const value: ElementData['positions'];
	export default value;
}
declare module 'virtual:element-data/observedBallots' {
	const value: ElementData['observedBallots'];
	export default value;
}
declare module 'virtual:element-data/ballots' {
	const value: ElementData['ballots'];
	export default value;
}
declare module 'virtual:element-data/arguments' {
	const value: ElementData['arguments'];
	export default value;
}
