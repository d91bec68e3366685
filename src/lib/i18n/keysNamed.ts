/**
 * Which UI strings a piece of built code may ask for, read from the code itself: a key is named if the code holds
 * a string (or the start of a template) that is the key or begins it, such as 'seats.chartTitle' for itself,
 * `download.${format}` or 'simulator.' + rule for every key under `download.` or `simulator.`. It errs on the side
 * of keeping: any string shaped like a key's start keeps every key it begins. The custom elements' build keeps
 * only these in each script (scripts/buildElements.ts), and each island only these of its modules
 * (src/lib/islands/island.server.ts).
 */
export function keysNamedIn(code: string): (key: string) => boolean {
	const starts = new Set([...code.matchAll(/[`'"]([a-zA-Z]\w*\.[\w.]*)(?=[`'"]|\$\{)/g)].map((m) => m[1]!));
	return (key) => {
		for (let end = key.indexOf('.') + 1; end > 0 && end <= key.length; end++)
			if (starts.has(key.slice(0, end))) return true;
		return false;
	};
}
