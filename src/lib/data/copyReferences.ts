/**
 * Checks what the copy (the mdsvex files in content/<locale>/) refers to, before anything renders it: every
 * <Fact id>, <Quote id>, <Seats of>, <Cite ids> and <Ballot n> names a record that exists (a <Quote> a
 * quote), no <Cite> names weak sources alone, and no two <Step> or <Figure> share an id, since each id is
 * an address on the page. Pure: takes the file's name and text, and the ids of the validated content.
 * Every failure is a ContentError naming the file, the line, the tag and the attribute.
 */
import type { Fact } from './schemas.ts';
import { ContentError, datasetFiles, type Content } from './validate.ts';

/** The ids the copy components can refer to. */
export interface CopyTargets {
	/** Each key fact's kind, by id. */
	facts: ReadonlyMap<string, Fact['kind']>;
	sources: ReadonlySet<string>;
	weakSources: ReadonlySet<string>;
	groups: ReadonlySet<string>;
	ballots: ReadonlySet<number>;
}

export function copyTargets(content: Content): CopyTargets {
	const { sources } = content.sources;
	return {
		facts: new Map(content.keyFacts.facts.map((fact) => [fact.id, fact.kind])),
		sources: new Set(sources.map((s) => s.id)),
		weakSources: new Set(sources.filter((s) => s.reliability === 'weak').map((s) => s.id)),
		groups: new Set(content.assembly.groups.map((g) => g.id)),
		ballots: new Set(content.assemblyBallots.ballots.map((b) => b.number))
	};
}

/** A component tag in the copy: its name, its line and its attributes written as strings (`id="…"`). */
export interface CopyTag {
	name: string;
	/** 1-based line of the tag's `<`. */
	line: number;
	attributes: Record<string, string>;
}

const tagStart = /<(Fact|Quote|Seats|Cite|Ballot|Step|Figure)(?=[\s/>])/g;

/**
 * The copy components' tags in a copy file, in order. Attributes written as expressions (`graphic={{…}}`)
 * are skipped, and a `>` inside braces or quotes does not end the tag.
 */
export function copyTags(text: string): CopyTag[] {
	const tags: CopyTag[] = [];
	for (const match of text.matchAll(tagStart)) {
		let plain = '';
		let depth = 0;
		let quote = '';
		for (let at = match.index + match[0].length; at < text.length; at++) {
			const char = text[at]!;
			if (quote) {
				if (char === quote) quote = '';
			} else if (char === '"' || char === "'") quote = char;
			else if (char === '{') depth++;
			else if (char === '}') {
				depth--;
				continue;
			} else if (char === '>' && depth === 0) break;
			if (depth === 0) plain += char;
		}
		const attributes: Record<string, string> = {};
		for (const [, key, value] of plain.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) attributes[key!] = value!;
		const line = text.slice(0, match.index).split('\n').length;
		tags.push({ name: match[1]!, line, attributes });
	}
	return tags;
}

const data = (file: string) => `content/data/${file}`;
const words = (value: string) => value.split(/\s+/).filter(Boolean);

/** Throws a ContentError at the first tag of `text` that refers to nothing, or repeats a step's id. */
export function checkCopy(file: string, text: string, targets: CopyTargets): void {
	const addresses = new Map<string, CopyTag>();
	for (const tag of copyTags(text)) {
		const fail = (attribute: string, problem: string): never => {
			const shown = `<${tag.name} ${attribute}="${tag.attributes[attribute]}">`;
			throw new ContentError(`${file}: line ${tag.line}, ${shown}, field "${attribute}" ${problem}`);
		};
		const { id, of, ids, n } = tag.attributes;
		if ((tag.name === 'Fact' || tag.name === 'Quote') && id !== undefined) {
			const kind = targets.facts.get(id);
			if (kind === undefined) fail('id', `names a fact not in ${data(datasetFiles.keyFacts)}`);
			if (tag.name === 'Quote' && kind !== 'quote')
				fail('id', `names fact "${id}", a ${kind}, not a quote, in ${data(datasetFiles.keyFacts)}`);
		}
		if (tag.name === 'Seats' && of !== undefined)
			for (const group of words(of))
				if (!targets.groups.has(group))
					fail('of', `names group "${group}", which is not in ${data(datasetFiles.assembly)}`);
		if (tag.name === 'Cite' && ids !== undefined) {
			const cited = words(ids);
			for (const source of cited)
				if (!targets.sources.has(source))
					fail('ids', `cites unknown source "${source}" (not in ${data(datasetFiles.sources)})`);
			if (cited.length > 0 && cited.every((source) => targets.weakSources.has(source)))
				fail(
					'ids',
					`cites only weak sources (${cited.map((s) => `"${s}"`).join(', ')}); a weak source may never be the only source of anything`
				);
		}
		if (tag.name === 'Ballot' && n !== undefined && n !== 'newest') {
			if (!/^[1-9]\d*$/.test(n)) fail('n', 'must be a ballot number or "newest"');
			if (!targets.ballots.has(Number(n)))
				fail('n', `names ballot n° ${n}, which is not in ${data(datasetFiles.assemblyBallots)}`);
		}
		if ((tag.name === 'Step' || tag.name === 'Figure') && id !== undefined) {
			const first = addresses.get(id);
			if (first)
				fail(
					'id',
					`repeats the id of the <${first.name}> on line ${first.line} (each step and figure id is an address on the page, so it must be unique)`
				);
			addresses.set(id, tag);
		}
	}
}
