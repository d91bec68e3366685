/** Which ballots the site keeps: resolutions under Article 34-1 by their title, and the editors' selection. */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../scripts/data/assembly/errors';
import {
	ballotKind,
	isVoteOnResolution,
	namesArticle34_1,
	selectedNumbers
} from '../../../scripts/data/assembly/selection';

const selection = { 'resolution-34-1': [2257], 'foreign-defence': [988] };

describe('ballotKind', () => {
	it.each([
		// The Assembly's own titles (research/assembly), and the ways they vary.
		[
			3260,
			'la proposition de résolution visant à dénoncer les accords franco-algériens du 27 décembre 1968 (article 34-1 de la Constitution).',
			'resolution-34-1'
		],
		[
			683,
			"l'article unique de la proposition de résolution visant à condamner l'oppression et la terreur imposées aux femmes iraniennes, et à réaffirmer leur liberté absolue (art. 34-1 de la Constitution).",
			'resolution-34-1'
		],
		[
			947,
			"l'ensemble de la proposition de résolution relative à la publicisation des doléances du grand débat national (art. 34-1 de la Constitution).",
			'resolution-34-1'
		],
		[
			7349,
			'l’article unique de la proposition de résolution visant à évaluer précisément le coût réel et sociétal de l’insécurité routière et son impact sur les finances publiques (article 34-1 de la Constitution).',
			'resolution-34-1'
		],
		[
			2257,
			'la proposition de résolution visant à abroger la loi n° 2023-270 du 14 avril 2023 de financement rectificative de la sécurité sociale pour 2023 dite réforme des retraites.',
			'resolution-34-1'
		],
		[
			988,
			"l'article unique de la proposition de résolution européenne appelant au renforcement du soutien à l'Ukraine.",
			'foreign-defence'
		],
		[
			10,
			"l'amendement n° 2 de M. Exemple à la proposition de résolution visant à tester (article 34-1 de la Constitution).",
			null
		],
		[
			11,
			'la motion de rejet préalable de la proposition de résolution visant à tester (article 34-1 de la Constitution).',
			null
		],
		[
			2274,
			'la proposition de résolution visant à la reconnaissance, au remboursement et à la réparation par la France de la "double dette" d\'Haiti.',
			null
		],
		[
			1,
			"l'amendement n° 1 de Mme Exemple à l'article premier du projet de loi de test (première lecture).",
			null
		]
	])('keeps n° %i as %s', (number, title, kind) => {
		expect(ballotKind(number, title, selection)).toBe(kind);
	});

	it('refuses a resolution under Article 34-1 listed as a foreign-affairs vote', () => {
		const title =
			'la proposition de résolution invitant le Gouvernement à s’opposer à l’accord (article 34-1 de la Constitution).';
		expect(() => ballotKind(4244, title, { 'resolution-34-1': [], 'foreign-defence': [4244] })).toThrow(
			new ImportError(
				'ballot n° 4244 is a resolution under Article 34-1 by its title, but "ballotSelection.foreign-defence" of content/data/assembly.json lists it: take it out of that list'
			)
		);
	});
});

describe('the title rules', () => {
	it.each([
		['(art. 34-1 de la Constitution)', true],
		['(article 34-1 de la Constitution)', true],
		['(Article 34-1 de la constitution)', true],
		["(application de l'article 50-1 de la Constitution)", false],
		['article 34-1', false]
	])('%s names Article 34-1: %s', (title, names) => {
		expect(namesArticle34_1(`la proposition de résolution ${title}.`)).toBe(names);
	});

	it.each([
		['la proposition de résolution visant à…', true],
		["l'ensemble de la proposition de résolution…", true],
		['l’article unique de la proposition de résolution…', true],
		["l'amendement n° 3 à la proposition de résolution…", false],
		['le sous-amendement n° 5…', false],
		['la motion de renvoi en commission de la proposition de résolution…', false],
		["l'ensemble du projet de loi…", false]
	])('%s is a vote on a resolution: %s', (title, is) => {
		expect(isVoteOnResolution(title)).toBe(is);
	});

	it('lists every selected number with its field', () => {
		expect(selectedNumbers({ 'resolution-34-1': [2257, 2274], 'foreign-defence': [988] })).toEqual([
			[2257, 'ballotSelection.resolution-34-1.0'],
			[2274, 'ballotSelection.resolution-34-1.1'],
			[988, 'ballotSelection.foreign-defence.0']
		]);
	});
});
