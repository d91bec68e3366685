import { describe, expect, it } from 'vitest';
import { checkCopy, copyTags, type CopyTargets } from './copyReferences';

const targets: CopyTargets = {
	facts: new Map([
		['filed', 'date'],
		['title', 'quote']
	]),
	sources: new Set(['a', 'weak']),
	weakSources: new Set(['weak']),
	groups: new Set(['L', 'R']),
	ballots: new Set([11])
};

const problem = (text: string) => {
	try {
		checkCopy('content/en/story.md', text, targets);
		return null;
	} catch (error) {
		return (error as Error).message;
	}
};

describe('copyTags', () => {
	it('reads string attributes, skips expressions, and is not fooled by a ">" inside braces', () => {
		const text = [
			'Intro <Fact id="filed" cite={false} />.',
			'<Step graphic={{ chart: \'x\', when: (a) => a > 1, label: "b>c" }} id="two">',
			'<Cite',
			'\tids="a weak" />',
			'<Factor id="not-a-tag" /> <Stepper id="nor-this" />'
		].join('\n');
		expect(copyTags(text)).toEqual([
			{ name: 'Fact', line: 1, attributes: { id: 'filed' } },
			{ name: 'Step', line: 2, attributes: { id: 'two' } },
			{ name: 'Cite', line: 3, attributes: { ids: 'a weak' } }
		]);
	});
});

describe('checkCopy', () => {
	it('accepts copy whose every tag names something that exists', () => {
		const text = [
			'<Fact id="filed" /> <Quote id="title" /> <Fact id="title" />',
			'<Seats of="L R" /> <Seats show="total" /> <Cite ids="a weak" />',
			'<Ballot n="11" show="date" /> <Ballot n="newest" show="date" />',
			'<Step id="one" graphic={{}}></Step> <Figure id="two" graphic={{}} />'
		].join('\n');
		expect(problem(text)).toBeNull();
	});

	it.each([
		[
			'<Fact id="nope" />',
			'line 1, <Fact id="nope">, field "id" names a fact not in content/data/key-facts.json'
		],
		[
			'<Quote id="filed" />',
			'line 1, <Quote id="filed">, field "id" names fact "filed", a date, not a quote'
		],
		['\n<Seats of="L X" />', 'line 2, <Seats of="L X">, field "of" names group "X", which is not in'],
		['<Cite ids="a b" />', 'line 1, <Cite ids="a b">, field "ids" cites unknown source "b"'],
		['<Cite ids="weak" />', 'line 1, <Cite ids="weak">, field "ids" cites only weak sources ("weak")'],
		[
			'<Ballot n="12" show="date" />',
			'line 1, <Ballot n="12">, field "n" names ballot n° 12, which is not in'
		],
		[
			'<Ballot n="last" show="date" />',
			'line 1, <Ballot n="last">, field "n" must be a ballot number or "newest"'
		],
		[
			'<Step id="a">\n\n<Figure id="a" />',
			'line 3, <Figure id="a">, field "id" repeats the id of the <Step> on line 1'
		]
	])('refuses %j, naming the line, the tag and the attribute', (text, message) => {
		expect(problem(text)).toContain(`content/en/story.md: ${message}`);
	});
});
