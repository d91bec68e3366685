/**
 * Schemas for every file in content/data and for the UI message files. The only definition of what a
 * valid data file is: the build, the dev server and the tests all check content against these.
 */
import * as v from 'valibot';
import { isIsoDay, isPartialIsoDate } from './dates.ts';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const id = v.pipe(
	v.string(),
	v.regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'must be letters and digits joined by single hyphens')
);
const day = v.pipe(v.string(), v.check(isIsoDay, 'must be a real date written YYYY-MM-DD'));
const partialDate = v.pipe(
	v.string(),
	v.check(isPartialIsoDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD')
);
const language = v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code'));
const hexColour = v.pipe(v.string(), v.regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour written #rrggbb'));
const sourceIds = v.pipe(v.array(id), v.minLength(1, 'must cite at least one source'));

export const SourceSchema = v.strictObject({
	id,
	title: text,
	publisher: text,
	url: v.pipe(v.string(), v.url('must be an absolute URL')),
	published: partialDate,
	checked: day,
	language,
	/** Set for outlets the fact base rates as weak (never the only source of anything). */
	reliability: v.optional(v.picklist(['weak'])),
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

export const AssemblyFileSchema = v.strictObject({
	asOf: day,
	note: v.optional(text),
	totalSeats: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)),
	totalSeatsSources: sourceIds,
	groups: v.array(GroupSchema),
	compositions: v.pipe(v.array(CompositionSchema), v.minLength(1, 'must hold at least one composition'))
});

export const MessagesSchema = v.record(v.string(), text);

export type Source = v.InferOutput<typeof SourceSchema>;
export type SourcesFile = v.InferOutput<typeof SourcesFileSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type KeyFactsFile = v.InferOutput<typeof KeyFactsFileSchema>;
export type Group = v.InferOutput<typeof GroupSchema>;
export type Bloc = (typeof blocs)[number];
export type Composition = v.InferOutput<typeof CompositionSchema>;
export type AssemblyFile = v.InferOutput<typeof AssemblyFileSchema>;
