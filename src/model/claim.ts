import { z } from 'zod';
import { IsoDateSchema, SpanSchema } from './span.js';

/** How firmly the claim is held by whoever asserts it, weakest first. */
export const CERTAINTY_LEVELS = ['refuted', 'doubted', 'pending', 'reported', 'asserted', 'confirmed'] as const;
export const CertaintyLevelSchema = z.enum(CERTAINTY_LEVELS);
export type { CertaintyLevel } from './types.js';

export const CertaintySchema = z
  .object({ level: CertaintyLevelSchema, value: z.number().min(0).max(1), cues: z.array(SpanSchema) })
  .meta({ id: 'Certainty', description: 'Ordered scale; value is the level mapped to [0, 1] and moved by hedges.' });
export type { Certainty } from './types.js';

/** What the claim says happened, apart from how sure anyone is of it. */
export const CLAIM_STATES = ['affirmed', 'negated', 'pending', 'refused'] as const;
export const ClaimStateSchema = z.enum(CLAIM_STATES);
export type { ClaimState } from './types.js';

export const REPORTING_STANCES = ['asserted', 'reported', 'claimed', 'alleged', 'confirmed', 'denied', 'speculated'] as const;
export const ReportingStanceSchema = z.enum(REPORTING_STANCES);
export type { ReportingStance } from './types.js';

export const AttributionSchema = z
  .object({
    holder: z.string().describe('who asserts it: "Putin", "some reports", or "the author"'),
    holderKind: z.enum(['named', 'anonymous', 'author']),
    holderSpan: SpanSchema.optional(),
    verb: z.string().optional().describe('lemma of the reporting verb, e.g. "say", "deny"'),
    verbSpan: SpanSchema.optional(),
    timeSpan: SpanSchema.optional().describe('the words that date the report, not what it reports: "On Monday" in "On Monday police said …"'),
    stance: ReportingStanceSchema,
    via: z.string().optional().describe('nested attribution: "citing two officials"'),
    sourceIds: z.array(z.string()).describe('the sources this attribution is credited to'),
    markers: z.array(z.string()).describe('citation markers that cover the claim, e.g. ["2", "3"]'),
    ambiguous: z.boolean().describe('true when several contrasted attributions share one citation, so which source says which is not stated'),
  })
  .meta({ id: 'Attribution' });
export type { Attribution } from './types.js';

export const PhraseSchema = z.object({ text: z.string(), key: z.string(), span: SpanSchema });
export type { Phrase } from './types.js';

export const PropositionSchema = z
  .object({
    span: SpanSchema.describe('the proposition itself: the claim without its attribution'),
    actor: PhraseSchema.optional(),
    predicate: z
      .object({ lemma: z.string(), text: z.string(), span: SpanSchema })
      .optional(),
    inner: z
      .object({ lemma: z.string(), text: z.string(), span: SpanSchema })
      .optional()
      .describe('the proposition a status verb wraps: "confirm [attend]"'),
    events: z
      .array(z.string())
      .optional()
      .describe('lemmas of every other verb in the proposition ("which touched down"): the events it also mentions'),
    theme: PhraseSchema.optional().describe('head noun phrase of the direct object (of the subject, for a passive)'),
    complement: PhraseSchema.optional().describe('a linking verb\'s adjective complement: "the road was closed" → closed'),
    negated: z.boolean(),
    negation: z.object({ cue: SpanSchema, scope: SpanSchema }).optional(),
    state: ClaimStateSchema,
    stateCue: SpanSchema.optional(),
  })
  .meta({ id: 'Proposition' });
export type { Proposition } from './types.js';

/** The kinds of noun-phrase modifier a background claim is read from. */
export const BACKGROUND_KINDS = ['relative', 'participial', 'appositive'] as const;
const BackgroundKindSchema = z.enum(BACKGROUND_KINDS);
export type { BackgroundKind } from './types.js';

export const QUANTITY_BOUNDS = ['exact', 'at-least', 'at-most', 'about', 'range'] as const;
export const QuantitySchema = z
  .object({
    value: z.number(),
    to: z.number().optional().describe('upper end of a range'),
    unit: z.string().optional(),
    dimension: z.string().describe('count, duration, recurrence ("every two weeks": how often an act recurs), margin ("won by two minutes", "with 11 minutes to spare": a difference between times), window ("in the last ten minutes", "over the past five years": a stretch of time that places the act), money, length, mass, temperature, percent, speed, area, volume'),
    base: z
      .object({ from: z.number().nullable(), to: z.number().nullable() })
      .describe('the interval the quantity allows, in the base unit of its dimension; null is unbounded'),
    bound: z.enum(QUANTITY_BOUNDS),
    noun: z.string().optional().describe('what is counted: "people", "fans"'),
    span: SpanSchema,
  })
  .meta({ id: 'Quantity' });
export type { Quantity } from './types.js';

export const TimeSchema = z
  .object({
    from: IsoDateSchema,
    to: IsoDateSchema,
    granularity: z.enum(['day', 'month', 'year', 'time']),
    relative: z.boolean().describe('resolved against publishedAt ("on Tuesday")'),
    opens: z
      .enum(['state', 'event'])
      .optional()
      .describe('the date starts a state still holding ("since May 8": state) or is an onset ("broke out on May 8": event)'),
    yearless: z
      .boolean()
      .optional()
      .describe('the text gives no year and there is no reference date: from/to carry the placeholder year 2000, comparable only with other yearless dates'),
    span: SpanSchema,
  })
  .meta({ id: 'Time' });
export type { Time } from './types.js';

export const PlaceSchema = z
  .object({
    name: z.string(),
    key: z.string(),
    role: z.enum(['at', 'from', 'to', 'mention']),
    within: z.array(z.string()).describe('keys of the regions that contain it, from the gazetteer'),
    span: SpanSchema,
  })
  .meta({ id: 'Place' });
export type { Place } from './types.js';

export const QuoteSchema = z
  .object({ text: z.string(), speaker: z.string().optional(), span: SpanSchema })
  .meta({ id: 'Quote' });
export type { Quote } from './types.js';

export const AgeSchema = z
  .object({
    value: z.number().describe('years'),
    bearer: z.string().optional().describe('whom the age describes, as written: a name ("John Smith") or a description\'s head noun ("driver")'),
    key: z.string().optional().describe("the bearer's family name or the description's head noun, lower case"),
    named: z.boolean().describe('the bearer is a named person'),
    span: SpanSchema,
  })
  .meta({ id: 'Age' });
export type { Age } from './types.js';

export const ClaimSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    publishedAt: IsoDateSchema.optional().describe("the document's publication time, which relative dates were resolved against"),
    text: z.string(),
    span: SpanSchema,
    attribution: AttributionSchema,
    proposition: PropositionSchema,
    certainty: CertaintySchema,
    quantities: z.array(QuantitySchema),
    times: z.array(TimeSchema),
    places: z.array(PlaceSchema),
    quotes: z.array(QuoteSchema),
    ages: z.array(AgeSchema).optional().describe('ages of the people the claim describes ("the 45-year-old driver", "Smith, 45,"); absent when it gives none'),
    mainClaimId: z.string().optional().describe('for a claim from a subordinate clause ("when its engine failed"), the id of its main clause\'s claim'),
    background: BackgroundKindSchema.optional().describe(
      'set on a claim read from a clause that modifies a noun phrase of the sentence rather than making its point: a relative clause ("the ferry, which was built in 1998"), a participial modifier ("the plant owned by Enel") or an appositive with a role noun ("Ana Ruiz, the mayor of Vigo")',
    ),
    lead: z
      .literal(true)
      .optional()
      .describe("set on a claim of a report's lead (its first sentence that yields claims, in a document of two or more such sentences), where a news report states its main event"),
    keys: z.array(z.string()).describe('normalised content keys used to find claims about the same event'),
  })
  .meta({ id: 'Claim' });
export type { Claim } from './types.js';
