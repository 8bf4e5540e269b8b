import type { z } from 'zod';
import type { AllTrue, Same } from './same-type.js';
import type { AgeSchema, AttributionSchema, BACKGROUND_KINDS, CERTAINTY_LEVELS, CertaintySchema, CLAIM_STATES, ClaimSchema, PhraseSchema, PlaceSchema, PropositionSchema, QUANTITY_BOUNDS, QuantitySchema, QuoteSchema, REPORTING_STANCES, TimeSchema } from './claim.js';
import type { SpanSchema } from './span.js';

// A claim and its parts as named interfaces, each checked below to be exactly its schema's inferred type.

/** A range of the original input text, in UTF-16 code units; text === original.slice(start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type CertaintyLevel = (typeof CERTAINTY_LEVELS)[number];
export type ClaimState = (typeof CLAIM_STATES)[number];
export type BackgroundKind = (typeof BACKGROUND_KINDS)[number];
export type ReportingStance = (typeof REPORTING_STANCES)[number];

/** Ordered scale; value is the level mapped to [0, 1] and moved by hedges. */
export interface Certainty {
  level: CertaintyLevel;
  value: number;
  cues: Span[];
}

export interface Attribution {
  /** Who asserts it: "Putin", "some reports", or "the author". */
  holder: string;
  holderKind: 'named' | 'anonymous' | 'author';
  holderSpan?: Span | undefined;
  /** Lemma of the reporting verb, e.g. "say", "deny". */
  verb?: string | undefined;
  verbSpan?: Span | undefined;
  /** The words that date the report, not what it reports: "On Monday" in "On Monday police said …", "at 3 p.m." in "said at 3 p.m.". */
  timeSpan?: Span | undefined;
  stance: ReportingStance;
  /** Nested attribution: "citing two officials". */
  via?: string | undefined;
  /** The sources this attribution is credited to. */
  sourceIds: string[];
  /** Citation markers that cover the claim, e.g. ["2", "3"]. */
  markers: string[];
  /** True when several contrasted attributions share one citation, so which source says which is not stated. */
  ambiguous: boolean;
}

export interface Phrase {
  text: string;
  key: string;
  span: Span;
}

/** A verb of the proposition: its lemma, its words and where they are. */
export interface PredicateWord {
  lemma: string;
  text: string;
  span: Span;
}

/** What the claim says happened, apart from who says it and how sure anyone is. */
export interface Proposition {
  /** The proposition itself: the claim without its attribution. */
  span: Span;
  actor?: Phrase | undefined;
  predicate?: PredicateWord | undefined;
  /** The proposition a status verb wraps: "confirm [attend]". */
  inner?: PredicateWord | undefined;
  /** Lemmas of every other verb in the proposition ("which touched down"). */
  events?: string[] | undefined;
  /** Head noun phrase of the direct object (of the subject, for a passive). */
  theme?: Phrase | undefined;
  /** A linking verb's adjective complement: "the road was closed" → closed. */
  complement?: Phrase | undefined;
  negated: boolean;
  negation?: { cue: Span; scope: Span } | undefined;
  state: ClaimState;
  stateCue?: Span | undefined;
}

export type QuantityBound = (typeof QUANTITY_BOUNDS)[number];

export interface Quantity {
  value: number;
  /** Upper end of a range. */
  to?: number | undefined;
  unit?: string | undefined;
  /** count, duration, money, length, mass, temperature, percent, speed, area, volume. */
  dimension: string;
  /** The interval the quantity allows, in the base unit of its dimension; null is unbounded. */
  base: { from: number | null; to: number | null };
  bound: QuantityBound;
  /** What is counted: "people", "fans". */
  noun?: string | undefined;
  span: Span;
}

export interface Time {
  from: string;
  to: string;
  granularity: 'day' | 'month' | 'year' | 'time';
  /** Resolved against publishedAt ("on Tuesday"). */
  relative: boolean;
  /** The date starts a state still holding ("since May 8": state) or is an onset ("broke out on May 8": event). */
  opens?: 'state' | 'event' | undefined;
  /** The text gives no year and there is no reference date: from/to carry the placeholder year 2000, comparable only with other yearless dates. */
  yearless?: boolean | undefined;
  span: Span;
}

export interface Place {
  name: string;
  key: string;
  role: 'at' | 'from' | 'to' | 'mention';
  /** Keys of the regions that contain it, from the gazetteer. */
  within: string[];
  span: Span;
}

export interface Quote {
  text: string;
  speaker?: string | undefined;
  span: Span;
}

export interface Age {
  /** Years. */
  value: number;
  /** Whom the age describes, as written: a name ("John Smith") or a description's head noun ("driver"). */
  bearer?: string | undefined;
  /** The bearer's family name or the description's head noun, lower case. */
  key?: string | undefined;
  /** The bearer is a named person. */
  named: boolean;
  span: Span;
}

export interface Claim {
  id: string;
  documentId: string;
  /** The document's publication time, which relative dates were resolved against. */
  publishedAt?: string | undefined;
  text: string;
  span: Span;
  attribution: Attribution;
  proposition: Proposition;
  certainty: Certainty;
  quantities: Quantity[];
  times: Time[];
  places: Place[];
  quotes: Quote[];
  /** Ages of the people the claim describes ("the 45-year-old driver", "Smith, 45,"); absent when it gives none. */
  ages?: Age[] | undefined;
  /** Normalised content keys used to find claims about the same event. */
  keys: string[];
  /** For a claim from a subordinate clause ("when its engine failed"), the id of its main clause's claim. */
  mainClaimId?: string | undefined;
  /** Set on a claim read from a relative clause, participial modifier or role appositive of a noun phrase. */
  background?: BackgroundKind | undefined;
  /** Set on a claim of a report's lead, where a news report states its main event (extract/leads.ts). */
  lead?: true | undefined;
}

type ClaimMatchesSchemas = AllTrue<
  [
    Same<Span, z.output<typeof SpanSchema>>,
    Same<Certainty, z.output<typeof CertaintySchema>>,
    Same<Attribution, z.output<typeof AttributionSchema>>,
    Same<Phrase, z.output<typeof PhraseSchema>>,
    Same<Proposition, z.output<typeof PropositionSchema>>,
    Same<Quantity, z.output<typeof QuantitySchema>>,
    Same<Time, z.output<typeof TimeSchema>>,
    Same<Place, z.output<typeof PlaceSchema>>,
    Same<Quote, z.output<typeof QuoteSchema>>,
    Same<Age, z.output<typeof AgeSchema>>,
    Same<Claim, z.output<typeof ClaimSchema>>,
  ]
>;
