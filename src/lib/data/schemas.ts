/**
 * Schemas for every file in content/data and for the UI message files. The only definition of what a
 * valid data file is: the build, the dev server and the tests all check content against these.
 */
import * as v from 'valibot';
import { isIsoDay, isPartialIsoDate } from '../dates/partialDate.ts';
import { isObjectPrototypeKey } from './objectKeys.ts';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** Ids are looked up as keys of plain objects, so none may be a property every object has. */
const notObjectPrototypeKey = v.check(
	(name: string) => !isObjectPrototypeKey(name),
	'must not be a name every JavaScript object already has, such as constructor or toString'
);
const id = v.pipe(
	v.string(),
	v.regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'must be letters and digits joined by single hyphens'),
	notObjectPrototypeKey
);
/**
 * A web address a reader may follow: absolute, and `http:` or `https:` only. Any other scheme
 * (`javascript:`, `data:`, `ftp:`) is refused: a `javascript:` link on the sources page runs when clicked.
 */
const webAddress = v.pipe(
	v.string(),
	v.url('must be an absolute URL'),
	v.check(
		(url: string) => !URL.canParse(url) || ['http:', 'https:'].includes(new URL(url).protocol),
		'must be an http: or https: address'
	)
);
const day = v.pipe(v.string(), v.check(isIsoDay, 'must be a real date written YYYY-MM-DD'));
const partialDate = v.pipe(
	v.string(),
	v.check(isPartialIsoDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD')
);
const language = v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code'));
const hexColour = v.pipe(v.string(), v.regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour written #rrggbb'));
const sourceIds = v.pipe(v.array(id), v.minLength(1, 'must cite at least one source'));

/** How a copy relates to its original: a mirror of the page, an aggregator's rendering, or a republication. */
export const copyKinds = ['mirror', 'aggregator', 'republication'] as const;

/** Where a source is a copy of another outlet's piece: what kind of copy, and whose piece it copies. */
export const SourceCopySchema = v.strictObject({
	kind: v.picklist(copyKinds, `must be one of ${copyKinds.join(', ')}`),
	/** The publisher of the original, named so a reader can look for it. */
	publisher: text,
	/** The original's address, where we know it (we may not have seen it). */
	url: v.optional(webAddress)
});

export const SourceSchema = v.strictObject({
	id,
	title: text,
	publisher: text,
	url: webAddress,
	/** The date the source gives for itself; left out when it gives none (the page then shows "n.d."). */
	published: v.optional(partialDate),
	checked: day,
	language,
	/**
	 * Set for sources a weak source may not stand in for: content farms, state-media relays, essay sites,
	 * wiki mirrors, and aggregators that rewrite rather than copy. A weak source is never the only source of
	 * anything (validate.ts checks every list of sources a reader sees as a fact).
	 */
	reliability: v.optional(v.picklist(['weak'])),
	/**
	 * Set when the page is a copy of another outlet's piece. A faithful copy (a mirror or republication) of a
	 * named reputable original is not weak by itself; an aggregator's rewrite, or a copy of a weak original
	 * (a wiki), also carries "reliability": "weak".
	 */
	copyOf: v.optional(SourceCopySchema),
	note: v.optional(text)
});

export const SourcesFileSchema = v.strictObject({
	asOf: day,
	note: v.optional(text),
	sources: v.array(SourceSchema)
});

const factBase = { id, sources: sourceIds, note: v.optional(text) };

export const FactSchema = v.variant('kind', [
	v.strictObject({ ...factBase, kind: v.literal('date'), date: partialDate }),
	v.strictObject({ ...factBase, kind: v.literal('number'), value: v.number() }),
	v.strictObject({
		...factBase,
		kind: v.literal('quote'),
		text,
		lang: language,
		/** Our translations, by locale; a quote needs none in its own language. */
		translations: v.record(language, text),
		speaker: text,
		date: partialDate
	})
]);

export const KeyFactsFileSchema = v.strictObject({
	asOf: day,
	note: v.optional(text),
	facts: v.array(FactSchema)
});

export const blocs = ['nfp', 'ensemble', 'rn', 'other'] as const;

export const GroupSchema = v.strictObject({
	id,
	nameFr: text,
	nameEn: text,
	formerNameFr: v.optional(text),
	parties: v.pipe(v.array(text), v.minLength(1, 'must name at least one party')),
	bloc: v.picklist(blocs, `must be one of ${blocs.join(', ')}`),
	/** The Assembly's own colour for the group; chart tokens are derived from it. */
	colour: hexColour,
	/**
	 * The group's ids in the Assembly's open data (`organeRef`, e.g. "PO845401"), newest last: how the ballot
	 * importer (`npm run data:assembly`) knows which group a ballot's counts belong to. A group refounded under a
	 * new id keeps its old ones.
	 */
	organeRefs: v.pipe(
		v.array(v.pipe(v.string(), v.regex(/^PO\d+$/, 'must be an organeRef such as PO845401'))),
		v.minLength(1, 'must name at least one organeRef')
	),
	sources: sourceIds
});

export const CompositionSchema = v.strictObject({
	id,
	date: day,
	event: text,
	seats: v.record(id, v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0))),
	vacant: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0)),
	sources: sourceIds
});

const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0));
const ballotNumber = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1));

export const ballotKinds = ['resolution-34-1', 'foreign-defence'] as const;

/** Which ballots of the Assembly's archive the importer keeps, besides those it finds by their title. */
export const BallotSelectionSchema = v.strictObject({
	/**
	 * Ballots on resolutions under Article 34-1 whose title does not say so; the importer finds the others by the
	 * "(article 34-1 de la Constitution)" in their title.
	 */
	'resolution-34-1': v.array(ballotNumber),
	/** Final votes on foreign-affairs and defence texts, chosen by an editor: titles alone cannot tell them. */
	'foreign-defence': v.array(ballotNumber)
});

export const AssemblyFileSchema = v.strictObject({
	asOf: day,
	note: v.optional(text),
	totalSeats: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)),
	totalSeatsSources: sourceIds,
	groups: v.array(GroupSchema),
	/** Compositions that do not come from the ballot records (e.g. the groups as first published in July 2024). */
	compositions: v.pipe(v.array(CompositionSchema), v.minLength(1, 'must hold at least one composition')),
	ballotSelection: BallotSelectionSchema,
	/** Our short English title of a ballot, by its number (the Assembly's own title stays in French). */
	ballotLabels: v.record(v.pipe(v.string(), v.regex(/^[1-9]\d*$/, 'must be a ballot number')), text),
	/** The ballot closest to the January 2026 motion: picked out on the ballot chart. */
	closestPrecedent: ballotNumber
});

/**
 * The groups' sizes on one ballot, as the Assembly's records print them: written by `npm run data:assembly`
 * from the Assembly's open-data ballot archive.
 */
export const RecordedCompositionSchema = v.strictObject({
	/** The date, YYYY-MM-DD: a composition per day at most. */
	id,
	date: day,
	/** The ballot whose records give the sizes. */
	ballot: ballotNumber,
	/** Deputies seated that day: the groups' members added up. */
	seated: count,
	/** Seats vacant that day: the full house minus the seated. */
	vacant: count,
	seats: v.record(id, count),
	/** The ballot's page on the Assembly's site. */
	sourceUrl: webAddress
});

export const AssemblyCompositionsFileSchema = v.strictObject({
	/** The date of the newest ballot in the archive read: the compositions are known up to that day. */
	asOf: day,
	/** The newest ballot in the archive read. */
	newestBallot: ballotNumber,
	note: text,
	/** The source (an id in sources.json) of every record: the Assembly's ballot archive. */
	source: id,
	compositions: v.pipe(
		v.array(RecordedCompositionSchema),
		v.minLength(1, 'must hold at least one composition')
	)
});

/** One group's deputies on one ballot. `for + against + abstain + nonVoting + absent` is `members`. */
export const BallotGroupSchema = v.strictObject({
	group: id,
	members: count,
	for: count,
	against: count,
	abstain: count,
	/** Present but not voting: the chair of the sitting, members of the government, deputies who asked to be so recorded. */
	nonVoting: count,
	absent: count
});

export const BallotSchema = v.strictObject({
	number: ballotNumber,
	date: day,
	kind: v.picklist(ballotKinds, `must be one of ${ballotKinds.join(', ')}`),
	/** The Assembly's own title, in French. */
	title: text,
	result: v.picklist(['adopted', 'rejected'], 'must be adopted or rejected'),
	/** The majority the ballot required, as the Assembly words it, e.g. "Majorité absolue des suffrages exprimés". */
	majority: text,
	/** Who asked for the public ballot, as the Assembly words it. */
	requestedBy: text,
	/** Deputies seated that day. */
	seated: count,
	totals: v.strictObject({
		/** Deputies who voted: votes cast plus abstentions. */
		voting: count,
		/** Votes cast: for plus against. */
		cast: count,
		/** Votes needed to pass. */
		needed: count,
		for: count,
		against: count,
		abstain: count,
		nonVoting: count
	}),
	groups: v.array(BallotGroupSchema),
	sourceUrl: webAddress
});

export const AssemblyBallotsFileSchema = v.strictObject({
	/** The date of the newest ballot in the archive read (not only of those kept). */
	asOf: day,
	newestBallot: ballotNumber,
	note: text,
	source: id,
	ballots: v.array(BallotSchema)
});

/** One alliance's seats in an election result, drawn as a group of the hemicycle. */
export const ElectionAllianceSchema = v.strictObject({
	id,
	/** Short label drawn on the chart. */
	label: text,
	name: text,
	/** The parties behind the count, with their seats where the source gives them. */
	detail: v.optional(text),
	seats: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0)),
	/** The Assembly group (assembly.json) whose colour the alliance borrows. */
	colourGroup: id,
	sources: sourceIds
});

/** An election's result by alliance: the components pages' second hemicycle. */
export const ElectionFileSchema = v.strictObject({
	asOf: day,
	note: text,
	/** The day of the (deciding) round. */
	date: day,
	totalSeats: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)),
	/** From left to right. */
	alliances: v.pipe(v.array(ElectionAllianceSchema), v.minLength(1, 'must hold at least one alliance'))
});

/**
 * Where parties stand on NATO, from most to least sceptical. `unknown` (no documented current position)
 * comes last and is outside that order. The file's `scale` must list exactly these ids, in this order.
 */
export const natoStances = [
	'leave-nato',
	'leave-integrated-command',
	'stay-european-autonomy',
	'stay-and-deepen',
	'unknown'
] as const;

const natoStance = v.picklist(natoStances, `must be one of ${natoStances.join(', ')}`);

export const NatoScaleStepSchema = v.strictObject({ id: natoStance, label: text, description: text });

/** A dated item behind a party's stance: words it said or wrote, its programme, or how it voted. */
export const NatoEvidenceSchema = v.strictObject({
	kind: v.picklist(['quote', 'programme', 'vote'], 'must be one of quote, programme, vote'),
	/** The source's own words; for a vote, the fact base's description of it. */
	text,
	lang: language,
	/** Our translations, by locale; none in the text's own language (so no `en` for English text). */
	translations: v.record(language, text),
	/** Who said it, or which document or vote it is. */
	speaker: text,
	/** `false` when our source does not name the person speaking; readers are told so. Default true. */
	speakerNamed: v.optional(v.boolean()),
	date: partialDate,
	sources: sourceIds,
	note: v.optional(text)
});

/** An earlier stance: `from` and `to` bound the dated evidence for it, not the exact dates of a change. */
export const NatoHistorySchema = v.strictObject({
	stance: natoStance,
	from: partialDate,
	to: v.optional(partialDate),
	note: text,
	sources: sourceIds
});

export const NatoPartySchema = v.strictObject({
	id,
	/** The party's French name. */
	name: text,
	nameEn: text,
	/** The short name readers know, for chart labels, e.g. "LFI". */
	short: text,
	/** The Assembly group (an id in assembly.json) the party's deputies sit in; null when it has none. */
	group: v.nullable(id),
	stance: natoStance,
	/**
	 * `seen`: a dated quote, programme or vote in `evidence` states the stance. `inferred`: our reading,
	 * explained in `stanceNote`. `none`: only for `unknown`, with `stanceNote` saying what was looked for.
	 */
	stanceBasis: v.picklist(['seen', 'inferred', 'none'], 'must be one of seen, inferred, none'),
	stanceNote: v.optional(text),
	/** True for the one party whose stance a group's preset in the vote simulator follows. */
	mainPartyOfGroup: v.boolean(),
	/** At least one item, unless the stance is `unknown`. */
	evidence: v.array(NatoEvidenceSchema),
	/** Earlier stances, oldest first, where the evidence documents a change. */
	history: v.array(NatoHistorySchema)
});

export const NatoPositionsFileSchema = v.strictObject({
	/** The date of the newest evidence used. */
	asOf: day,
	note: text,
	scale: v.array(NatoScaleStepSchema),
	parties: v.array(NatoPartySchema)
});

/** The Chapel Hill Expert Survey (CHES) items the project uses, by the survey's own column names. */
export const chesItemIds = ['lrgen', 'lrecon', 'galtan', 'eu_position', 'eu_russia'] as const;

/** The CHES waves the project uses. */
export const chesWaveIds = ['2019', '2024'] as const;

const chesItemId = v.picklist(chesItemIds, `must be one of ${chesItemIds.join(', ')}`);
const chesWaveId = v.picklist(chesWaveIds, `must be one of ${chesWaveIds.join(', ')}`);

/**
 * A value per item for one wave, keyed as in `chesItemIds`; which items a wave may hold is checked
 * against `items` in validate.ts.
 */
const chesValues = <T extends v.GenericSchema<number>>(value: T) =>
	v.strictObject({
		lrgen: v.optional(value),
		lrecon: v.optional(value),
		galtan: v.optional(value),
		eu_position: v.optional(value),
		eu_russia: v.optional(value)
	});

/** One thing per wave (keys as in `chesWaveIds`), each optional. */
const perChesWave = <T extends v.GenericSchema>(value: T) =>
	v.strictObject({ '2019': v.optional(value), '2024': v.optional(value) });

export const ChesItemSchema = v.strictObject({
	id: chesItemId,
	label: text,
	/** What the experts were asked: the codebook's wording, or our description when the fact base has none. */
	question: text,
	questionBasis: v.picklist(['codebook', 'ours'], 'must be one of codebook, ours'),
	min: v.number(),
	max: v.number(),
	/** What `min` and `max` stand for. */
	lowLabel: text,
	highLabel: text,
	/** The waves that asked it. */
	waves: v.pipe(v.array(chesWaveId), v.minLength(1, 'must name at least one wave')),
	note: v.optional(text),
	sources: sourceIds
});

export const ChesWaveSchema = v.strictObject({
	id: chesWaveId,
	label: text,
	/** The name of the survey's data file that the values come from. */
	file: text,
	note: v.optional(text),
	sources: sourceIds
});

export const ChesPartySchema = v.strictObject({
	/** The party's id in nato-positions.json. */
	id,
	/** The survey's `party_id`, the same in every wave. */
	chesId: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)),
	/** The survey's `party` abbreviation, per wave, as the file writes it. */
	chesName: perChesWave(text),
	/** The file's party means, per wave and item. */
	scores: perChesWave(chesValues(v.number())),
	/** The standard deviations the file gives, per wave and item; only where it has such a column. */
	spread: v.optional(perChesWave(chesValues(v.pipe(v.number(), v.minValue(0, 'must not be negative'))))),
	note: v.optional(text)
});

export const ChesFileSchema = v.strictObject({
	/** The date we checked the copies of the survey files (the waves are in `waves`). */
	asOf: day,
	note: text,
	items: v.pipe(v.array(ChesItemSchema), v.minLength(1, 'must hold at least one item')),
	waves: v.pipe(v.array(ChesWaveSchema), v.minLength(1, 'must hold at least one wave')),
	parties: v.array(ChesPartySchema)
});

/** How sure an event is: an official record, a news report, or a weakly sourced or disputed claim. */
export const timelineCertainties = ['official-record', 'reported', 'alleged'] as const;

export const TimelineLaneSchema = v.strictObject({ id, label: text });

export const TimelineCategorySchema = v.strictObject({ id, label: text });

/** A stretch of history a reader can jump to; `end` is its last period, included (`'1965'`: all of 1965). */
export const TimelineEraSchema = v.strictObject({ id, label: text, start: partialDate, end: partialDate });

/** Where our source article (the English report) disagrees with the record: both sides, with their sources. */
export const TimelineDisagreementSchema = v.strictObject({
	/** What the source article says, naming it. */
	claim: text,
	/** What the record shows. */
	record: text,
	/** The sources on both sides: the source article and the record. */
	sources: sourceIds
});

export const TimelineEventSchema = v.strictObject({
	/** Stable: used in URLs (#event-<id>). */
	id,
	/** When it happened, never more precise than the sources. */
	date: partialDate,
	/** For an event that lasted (a summit), its last period, included; later than `date`. */
	endDate: v.optional(partialDate),
	/** An id in the file's `lanes`. */
	lane: id,
	/** An id in the file's `categories`. */
	category: id,
	title: v.pipe(text, v.maxLength(70, 'must be at most 70 characters')),
	/** One to three neutral sentences. */
	description: text,
	certainty: v.picklist(timelineCertainties, `must be one of ${timelineCertainties.join(', ')}`),
	/** True for a US action that the motion's author cites. */
	citedByMotion: v.boolean(),
	/** Where the motion or its author cites it: required when `citedByMotion` is true, absent otherwise. */
	motionSources: v.optional(sourceIds),
	sources: sourceIds,
	/** Caveats: how a date is known, a conflict between sources, what is our reading. */
	note: v.optional(text),
	disagreement: v.optional(TimelineDisagreementSchema)
});

export const TimelineFileSchema = v.strictObject({
	/** The date of the newest event. */
	asOf: day,
	note: text,
	/** Top to bottom. */
	lanes: v.pipe(v.array(TimelineLaneSchema), v.minLength(1, 'must hold at least one lane')),
	categories: v.pipe(v.array(TimelineCategorySchema), v.minLength(1, 'must hold at least one category')),
	/** Oldest first, each starting where the one before ends; together they span every event. */
	eras: v.pipe(v.array(TimelineEraSchema), v.minLength(1, 'must hold at least one era')),
	/** Oldest first. */
	events: v.array(TimelineEventSchema)
});

/** Kebab-case: lower-case letters and digits joined by single hyphens (claim ids appear in URLs). */
const kebabId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by single hyphens'),
	notObjectPrototypeKey
);

/** What a claim asserts: a fact, a forecast or a value judgement (the research file's F, P and V). */
export const argumentKinds = ['fact', 'forecast', 'value'] as const;

/**
 * How a claim bears on its target: it supports or attacks it, or it undercuts it, attacking the step from
 * the target claim to what that claim supports or attacks rather than the claim itself.
 */
export const argumentRelations = ['support', 'attack', 'undercut'] as const;

/**
 * `sourced`: a non-weak source holds its factual basis; `disputed`: a rebuttal in the debate contests it;
 * `unsupported`: our sources hold the assertion but no evidence for it.
 */
export const argumentStatuses = ['sourced', 'disputed', 'unsupported'] as const;

export const ArgumentQuoteSchema = v.strictObject({
	/** The original words, exactly as the research file gives them. */
	text,
	lang: language,
	/** Our translations, by locale; none in the quote's own language (so no `en` for English words). */
	translations: v.record(language, text)
});

/** Who made a claim: one quote, when, in what role, and where we read it. */
export const ArgumentAttributionSchema = v.strictObject({
	speaker: text,
	/** The speaker's role at the time. */
	role: text,
	/** A party id in nato-positions.json, or null (a minister speaking for the government, an expert…). */
	party: v.nullable(id),
	date: partialDate,
	quote: ArgumentQuoteSchema,
	sources: sourceIds,
	/** What is inferred (a speaker, a date), context, what else the speaker said. */
	note: v.optional(text)
});

/** Where the English source article or a source's translation got the original wrong. */
export const ArgumentCorrectionSchema = v.strictObject({
	/** What the English source article, or a translation, said. */
	published: text,
	/** What the original says. */
	original: text,
	sources: sourceIds
});

export const ArgumentClaimSchema = v.strictObject({
	/** Stable: used in URLs. */
	id: kebabId,
	/** One neutral sentence, in our words. */
	text: v.pipe(text, v.maxLength(160, 'must be at most 160 characters')),
	kind: v.picklist(argumentKinds, `must be one of ${argumentKinds.join(', ')}`),
	relation: v.picklist(argumentRelations, `must be one of ${argumentRelations.join(', ')}`),
	/** The thesis's id or another claim's id; an undercut targets a claim. */
	target: id,
	status: v.picklist(argumentStatuses, `must be one of ${argumentStatuses.join(', ')}`),
	attributions: v.pipe(
		v.array(ArgumentAttributionSchema),
		v.minLength(1, 'must hold at least one attribution')
	),
	/** Timeline events (ids in timeline.json) that are evidence for the claim. */
	events: v.optional(v.pipe(v.array(id), v.minLength(1, 'must name at least one event, or be left out'))),
	correction: v.optional(ArgumentCorrectionSchema),
	/** Caveats: a mixed kind, an inferred link, what the claim does not cover. */
	note: v.optional(text)
});

export const ArgumentThesisSchema = v.strictObject({ id: kebabId, text });

export const ArgumentsFileSchema = v.strictObject({
	/** The newest date, given to the day, of any attribution. */
	asOf: day,
	note: text,
	thesis: ArgumentThesisSchema,
	/** Each claim with the claims that answer it after it, for readers of the file. */
	claims: v.pipe(v.array(ArgumentClaimSchema), v.minLength(1, 'must hold at least one claim'))
});

export const MessagesSchema = v.record(v.string(), text);

/** Text in each locale the site is written in, by locale; English is required, a translation adds its own. */
const localized = v.pipe(
	v.record(language, text),
	v.check((record) => 'en' in record, 'must give the English text, "en"')
);
export const updateKinds = ['correction', 'update'] as const;

/** One entry of the public log of changes: what changed on the site, when, where and why. */
export const UpdateEntrySchema = v.strictObject({
	/** Stable forever: the entry's anchor on /updates/ and its id in the Atom feed. */
	id: kebabId,
	/** The day the change was published. */
	date: day,
	/** "correction" when we got something wrong; "update" when something new came in or changed. */
	kind: v.picklist(updateKinds, `must be one of ${updateKinds.join(', ')}`),
	/** The pages it affects, by id (src/lib/data/pageIds.ts). */
	pages: v.array(id),
	/** The charts it affects, by id (src/lib/data/chartIds.ts): their embeds and elements show it. */
	charts: v.array(id),
	/** The data files whose figures it changed, by key (datasetFiles in src/lib/data/validate.ts). */
	datasets: v.array(id),
	what: localized,
	/** Required of a correction. */
	why: v.optional(localized)
});

export const UpdatesFileSchema = v.strictObject({
	note: v.optional(text),
	/** Newest first. */
	entries: v.array(UpdateEntrySchema)
});

const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest in hex'));

/** The recorded version of one dataset: its fingerprint, and the log entry that covers it. */
export const DatasetVersionSchema = v.strictObject({
	/** SHA-256 of the file's parsed JSON, keys sorted, so that formatting does not count. */
	sha256,
	/** The id of the entry in updates.json that logs this version; null for the version first published. */
	entry: v.nullable(kebabId)
});

export const DatasetVersionsFileSchema = v.strictObject({
	note: v.optional(text),
	/** By dataset key (datasetFiles in src/lib/data/validate.ts). */
	datasets: v.record(v.string(), DatasetVersionSchema)
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type SourceCopy = v.InferOutput<typeof SourceCopySchema>;
export type CopyKind = (typeof copyKinds)[number];
export type SourcesFile = v.InferOutput<typeof SourcesFileSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type KeyFactsFile = v.InferOutput<typeof KeyFactsFileSchema>;
export type Group = v.InferOutput<typeof GroupSchema>;
export type Bloc = (typeof blocs)[number];
export type Composition = v.InferOutput<typeof CompositionSchema>;
export type AssemblyFile = v.InferOutput<typeof AssemblyFileSchema>;
export type RecordedComposition = v.InferOutput<typeof RecordedCompositionSchema>;
export type AssemblyCompositionsFile = v.InferOutput<typeof AssemblyCompositionsFileSchema>;
export type BallotKind = (typeof ballotKinds)[number];
export type BallotGroup = v.InferOutput<typeof BallotGroupSchema>;
export type Ballot = v.InferOutput<typeof BallotSchema>;
export type AssemblyBallotsFile = v.InferOutput<typeof AssemblyBallotsFileSchema>;
export type ElectionFile = v.InferOutput<typeof ElectionFileSchema>;
export type NatoStance = (typeof natoStances)[number];
export type NatoScaleStep = v.InferOutput<typeof NatoScaleStepSchema>;
export type NatoEvidence = v.InferOutput<typeof NatoEvidenceSchema>;
export type NatoHistory = v.InferOutput<typeof NatoHistorySchema>;
export type NatoParty = v.InferOutput<typeof NatoPartySchema>;
export type NatoPositionsFile = v.InferOutput<typeof NatoPositionsFileSchema>;
export type ChesItemId = (typeof chesItemIds)[number];
export type ChesWaveId = (typeof chesWaveIds)[number];
export type ChesItem = v.InferOutput<typeof ChesItemSchema>;
export type ChesWave = v.InferOutput<typeof ChesWaveSchema>;
export type ChesParty = v.InferOutput<typeof ChesPartySchema>;
export type ChesFile = v.InferOutput<typeof ChesFileSchema>;
export type TimelineCertainty = (typeof timelineCertainties)[number];
export type TimelineLane = v.InferOutput<typeof TimelineLaneSchema>;
export type TimelineCategory = v.InferOutput<typeof TimelineCategorySchema>;
export type TimelineEra = v.InferOutput<typeof TimelineEraSchema>;
export type TimelineDisagreement = v.InferOutput<typeof TimelineDisagreementSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type TimelineFile = v.InferOutput<typeof TimelineFileSchema>;
export type ArgumentKind = (typeof argumentKinds)[number];
export type ArgumentStatus = (typeof argumentStatuses)[number];
export type ArgumentQuote = v.InferOutput<typeof ArgumentQuoteSchema>;
export type ArgumentAttribution = v.InferOutput<typeof ArgumentAttributionSchema>;
export type ArgumentCorrection = v.InferOutput<typeof ArgumentCorrectionSchema>;
export type ArgumentClaim = v.InferOutput<typeof ArgumentClaimSchema>;
export type ArgumentThesis = v.InferOutput<typeof ArgumentThesisSchema>;
export type ArgumentsFile = v.InferOutput<typeof ArgumentsFileSchema>;
export type UpdateKind = (typeof updateKinds)[number];
export type UpdateEntry = v.InferOutput<typeof UpdateEntrySchema>;
export type UpdatesFile = v.InferOutput<typeof UpdatesFileSchema>;
export type DatasetVersion = v.InferOutput<typeof DatasetVersionSchema>;
export type DatasetVersionsFile = v.InferOutput<typeof DatasetVersionsFileSchema>;
