/**
 * The corrections of the December 2026 audit (../shared/research/audit-2026-12.md), pinned so that none of
 * the errors can come back: each test names the audit's finding it guards. They read the real content, in
 * every locale's copy, so a revert of the data or of the text fails here before it reaches a reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '../../src/lib/data/content.server';

const root = join(import.meta.dirname, '../..');

/** Every copy file and UI-string file of every locale, as text. */
const copy: { file: string; text: string }[] = readdirSync(join(root, 'content'))
	.filter((dir) => dir !== 'data')
	.flatMap((locale) =>
		readdirSync(join(root, 'content', locale)).map((file) => ({
			file: `content/${locale}/${file}`,
			text: readFileSync(join(root, 'content', locale, file), 'utf8')
		}))
	);

/** The copy files that contain `pattern`. */
const copyWith = (pattern: RegExp) => copy.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

const event = (id: string) => content.timeline.events.find((e) => e.id === id)!;
const claim = (id: string) => content.arguments.claims.find((c) => c.id === id)!;
const party = (id: string) => content.natoPositions.parties.find((p) => p.id === id)!;

describe('the audit’s severity-1 corrections stay corrected', () => {
	it('1.1: the special EU summit is dated 22 January 2026, from DW, not 23 January', () => {
		expect(event('eu-summit-transatlantic').date).toBe('2026-01-22');
		expect(event('eu-summit-transatlantic').sources).toContain('dw-eu-summit-2026-01-22');
		expect(content.timeline.events.filter((e) => e.date === '2026-01-23')).toEqual([]);
	});

	it('1.2: 88 is the size of two groups, not a count of party members', () => {
		expect(copyWith(/belong to parties on record/)).toEqual([]);
		expect(copy.find((c) => c.file === 'content/en/messages.json')!.text).toMatch(
			/sit in the two groups whose main parties are on record/
		);
	});

	it('1.3: Védrine’s judgement is about leaving the integrated command again', () => {
		expect(copyWith(/judged that a French exit/)).toEqual([]);
		expect(copyWith(/Védrine[^.]*leaving NATO's integrated command again/)).toContain('content/en/story.md');
	});

	it('1.4: Jadot’s recorded words, not AFP’s paraphrase, with AFP and RTL as sources', () => {
		const [jadot] = claim('non-alignment-is-capitulation').attributions;
		expect(jadot!.quote.text).not.toMatch(/revient à une capitulation/);
		expect(jadot!.quote.text).toMatch(/ce non-alignement-là, c'est une capitulation/);
		expect(jadot!.sources).toEqual(['linfodurable-jadot-2022-03-25', 'rtl-jadot-2022-03-25']);
	});

	it('1.5: the visa bans hit five Europeans, not "European officials", in our own voice', () => {
		expect(claim('us-actions-cited-by-motion').text).not.toMatch(/officials/);
		expect(claim('us-actions-cited-by-motion').text).toMatch(/barred five Europeans/);
	});

	it('1.6: the story does not say it would take "the whole left alliance and the RN"', () => {
		expect(copyWith(/whole left alliance/)).toEqual([]);
	});
});

describe('the log of changes', () => {
	it('lists each of the audit’s corrections as a correction, with why', () => {
		const corrections = content.updates.entries.filter((entry) => entry.kind === 'correction');
		for (const id of [
			'88-deputies-title',
			'whole-left-and-rn',
			'simulator-shortfall',
			'eu-summit-date',
			'vedrine-integrated-command',
			'jadot-recorded-words',
			'visa-bans-not-officials',
			'rn-stance-and-scenario',
			'claims-attributed',
			'radical-left-and-nfp',
			'modem-ecologistes-evidence',
			'origin-of-the-errors'
		]) {
			const entry = corrections.find((e) => e.id === `2026-12-07-${id}`);
			expect(entry, id).toBeDefined();
			expect(entry!.why?.en?.length ?? 0, id).toBeGreaterThan(20);
		}
	});
});

describe('the audit’s currency findings stay fixed', () => {
	it('2.2 and 2.4: the timeline runs past January 2026, with the events the audit found', () => {
		for (const id of [
			'assembly-backs-denmark-greenland',
			'assembly-rejects-turnberry',
			'munich-security-conference-2026',
			'us-israel-strike-iran',
			'macron-forward-deterrence',
			'military-programming-law-update',
			'ankara-summit'
		])
			expect(event(id), id).toBeDefined();
		expect(event('ankara-summit').description).toMatch(/no report of the summit's outcome/);
		expect(content.timeline.asOf >= '2026-07-08').toBe(true);
	});

	it('2.3: the motion is said never to have been put to a vote, up to the newest ballot we hold', () => {
		expect(event('motion-filed').note).toMatch(/no ballot on it has been held/);
		const titles = content.assemblyBallots.ballots.map((b) => b.title);
		expect(
			titles.filter((title) => /OTAN|Atlantique nord/i.test(title) && /retir|sorti/i.test(title))
		).toEqual([]);
	});

	it('2.5 and 3.9: MoDem and the Écologistes carry their January 2026 evidence', () => {
		expect(party('modem').stanceNote).not.toMatch(/no current MoDem statement/);
		expect(party('modem').evidence[0]!.date).toBe('2026-01-26');
		expect(party('les-ecologistes').stanceNote).not.toMatch(/newest dated evidence is from 2023/);
		expect(party('les-ecologistes').evidence[0]!.date.startsWith('2026')).toBe(true);
		expect(content.natoPositions.asOf >= '2026-01-26').toBe(true);
	});
});

describe('the audit’s sourcing, neutrality and wording findings stay fixed', () => {
	it('3.2: the far-right wording rests on the Berliner Zeitung interview as well as Sabah', () => {
		expect(event('vance-meets-weidel').disagreement!.sources).toContain('berliner-zeitung-guette-2026-01');
		expect(copyWith(/We think this idiom is the likely origin/)).toEqual([]);
	});

	it('3.3: the second LFI text, n° 4767, is on record', () => {
		expect(content.keyFacts.facts.find((f) => f.id === 'ppr-4767-number')).toBeDefined();
	});

	it('3.6: the motion’s two steps are attributed to Anadolu', () => {
		expect(copyWith(/According to the Turkish agency Anadolu[^.]*two steps/)).toContain(
			'content/en/story.md'
		);
	});

	it('4.1: the RN is not framed as a contradiction, and no preset is called declared positions', () => {
		expect(copyWith(/The RN once promised/)).toEqual([]);
		expect(copyWith(/Declared positions/)).toEqual([]);
	});

	it('4.2: the claim that NATO kept open war off the continent carries the wars that contradict it', () => {
		expect(claim('nato-deters-war').note).toMatch(/former Yugoslavia/);
		expect(claim('nato-deters-war').note).toMatch(/Ukraine/);
	});

	it('4.3: "far left" is not in our own voice', () => {
		expect(copyWith(/the far left and the far right meet/)).toEqual([]);
	});

	it('4.4: the NFP is presented as four groups elected under its banner, with its split', () => {
		expect(copyWith(/True only of the four-group bloc/)).toEqual([]);
		expect(copyWith(/no longer act as one bloc/)).toContain('content/en/story.md');
	});
});
