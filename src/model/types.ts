import type { z } from 'zod';
import type { AllTrue, Same } from './same-type.js';
import type { AttributionSchema, CERTAINTY_LEVELS, CertaintySchema, CLAIM_STATES, ClaimSchema, PhraseSchema, PlaceSchema, PropositionSchema, QUANTITY_BOUNDS, QuantitySchema, QuoteSchema, REPORTING_STANCES, TimeSchema } from './claim.js';
import type { BANDS, CONFLICT_KINDS, ConflictSchema, EvidenceSchema, FactorSchema } from './conflict.js';
import type { DocumentSchema } from './document.js';
import type { AnalyzeInputSchema, ClaimInputSchema } from './input.js';
import type { BandCutoffsSchema, LimitsSchema, OptionsSchema } from './options.js';
import type { ConsensusSchema, ReportDocumentSchema, ReportSchema, SKIP_REASONS, SkippedSchema } from './report.js';
import type { ResolvedSourceSchema, SOURCE_KINDS, SourceSchema } from './source.js';
import type { SpanSchema } from './span.js';

// The model's shapes as named interfaces, so declarations and editor hovers read as names rather than
// expanded zod types. The zod schemas stay the source of truth: each interface is checked below to be
// exactly the schema's inferred type, so the two cannot drift apart.

/** A range of the original input text, in UTF-16 code units; text === original.slice(start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Who published a document, as the caller describes it (kind defaults to "unknown"). */
export interface SourceInput {
  id?: string | undefined;
  name: string;
  kind?: SourceKind | undefined;
  url?: string | undefined;
  reliability?: number | undefined;
  publishedAt?: string | undefined;
  syndicatedFrom?: string | undefined;
}

export interface Source extends SourceInput {
  kind: SourceKind;
}

/** A source after defaults are applied: it always has an id, a kind and a reliability. */
export interface ResolvedSource extends Source {
  id: string;
  reliability: number;
}

/** One report of an event, as the caller passes it. */
export interface DocumentInput {
  id: string;
  source?: SourceInput | string | undefined;
  text: string;
  publishedAt?: string | undefined;
  /** Citation marker ("2" for `[2]`) → the source it points at. */
  citations?: Record<string, SourceInput> | undefined;
}

export interface Document extends DocumentInput {
  source?: Source | string | undefined;
  citations?: Record<string, Source> | undefined;
}

/** A claim a pipeline already has: analysed as one claim, never split. */
export interface ClaimInput {
  id: string;
  text: string;
  source: SourceInput | string;
  publishedAt?: string | undefined;
  /** Who asserts it, if the pipeline knows: "the ministry". */
  attribution?: string | undefined;
}

/** One article (a string), several reports, or ready-made claims. */
export type AnalyzeInput = string | { documents: DocumentInput[] } | { claims: ClaimInput[] };

export type CertaintyLevel = (typeof CERTAINTY_LEVELS)[number];
export type ClaimState = (typeof CLAIM_STATES)[number];
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
  theme?: Phrase | undefined;
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
  /** Normalised content keys used to find claims about the same event. */
  keys: string[];
}

export type ConflictKind = (typeof CONFLICT_KINDS)[number];
export type Band = (typeof BANDS)[number];

export interface Factor {
  name: string;
  /** The factor in [0, 1]. */
  value: number;
  weight: number;
  /** weight × log(value), its share of the logit. */
  contribution: number;
  note?: string | undefined;
}

export interface Evidence {
  claim: string;
  documentId: string;
  span: Span;
  role: string;
}

export interface Conflict {
  id: string;
  kind: ConflictKind;
  claims: [string, string];
  documents: [string, string];
  sources: [string[], string[]];
  evidence: Evidence[];
  score: number;
  band: Band;
  factors: Factor[];
  /** Other kinds that fired on the same pair. */
  also: ConflictKind[];
  message: string;
  fingerprint: string;
  /** Listed in a baseline of reviewed conflicts. */
  known?: boolean | undefined;
}

export type SkipReason = (typeof SKIP_REASONS)[number];

export interface Skipped {
  documentId: string;
  span: Span;
  reason: SkipReason;
}

export interface Consensus {
  /** A readable label for the proposition. */
  proposition: string;
  claims: string[];
  /** Source ids that hold the majority state. */
  supporting: string[];
  /** Source ids on the other side of a conflict. */
  contradicting: string[];
  conflicts: string[];
}

export interface ReportDocument {
  id: string;
  source: ResolvedSource;
  publishedAt?: string | undefined;
  characters: number;
  citations: Record<string, ResolvedSource>;
}

export interface Report {
  documents: ReportDocument[];
  claims: Claim[];
  conflicts: Conflict[];
  consensus: Consensus[];
  skipped: Skipped[];
  truncated: { what: string; limit: number; dropped: number }[];
  coverage: { characters: number; analysed: number; share: number };
  provenance: { version: string; lexiconHash: string; options: Record<string, unknown> };
  timings: Record<string, number>;
}

export interface Limits {
  maxDocuments: number;
  maxCharactersPerDocument: number;
  maxJsonBytes: number;
  maxSentenceLength: number;
  maxClaimsPerDocument: number;
  maxPairs: number;
}

export interface BandCutoffs {
  medium: number;
  high: number;
}

/** Options for every public call; caller data (aliases, opposites, reliability) is per call, never global. */
export interface OptionsInput {
  /** Canonical actor → other names: { "russia": ["kremlin", "moscow", "putin"] }. */
  aliases?: Record<string, string[]> | undefined;
  /** Extra pairs of opposing predicate lemmas: [["approve", "veto"]]. */
  opposites?: [string, string][] | undefined;
  /** Reliability by outlet name or source id, overriding the default by kind. */
  reliability?: Record<string, number> | undefined;
  /** Override score weights by factor name. */
  weights?: Record<string, number> | undefined;
  /** Override the band cut-offs. */
  bands?: BandCutoffs | undefined;
  /** Minimum same-event match to compare two claims. */
  minMatch?: number | undefined;
  /** Resolves relative dates when a document has no publishedAt. */
  referenceDate?: string | undefined;
  limits?: Partial<Limits> | undefined;
}

/** Options with their defaults applied. */
export interface Options extends OptionsInput {
  aliases: Record<string, string[]>;
  opposites: [string, string][];
  reliability: Record<string, number>;
  limits: Limits;
}

type ModelMatchesSchemas = AllTrue<
  [
    Same<Span, z.output<typeof SpanSchema>>,
    Same<SourceInput, z.input<typeof SourceSchema>>,
    Same<Source, z.output<typeof SourceSchema>>,
    Same<ResolvedSource, z.output<typeof ResolvedSourceSchema>>,
    Same<DocumentInput, z.input<typeof DocumentSchema>>,
    Same<Document, z.output<typeof DocumentSchema>>,
    Same<ClaimInput, z.input<typeof ClaimInputSchema>>,
    Same<AnalyzeInput, z.input<typeof AnalyzeInputSchema>>,
    Same<Certainty, z.output<typeof CertaintySchema>>,
    Same<Attribution, z.output<typeof AttributionSchema>>,
    Same<Phrase, z.output<typeof PhraseSchema>>,
    Same<Proposition, z.output<typeof PropositionSchema>>,
    Same<Quantity, z.output<typeof QuantitySchema>>,
    Same<Time, z.output<typeof TimeSchema>>,
    Same<Place, z.output<typeof PlaceSchema>>,
    Same<Quote, z.output<typeof QuoteSchema>>,
    Same<Claim, z.output<typeof ClaimSchema>>,
    Same<Factor, z.output<typeof FactorSchema>>,
    Same<Evidence, z.output<typeof EvidenceSchema>>,
    Same<Conflict, z.output<typeof ConflictSchema>>,
    Same<Skipped, z.output<typeof SkippedSchema>>,
    Same<Consensus, z.output<typeof ConsensusSchema>>,
    Same<ReportDocument, z.output<typeof ReportDocumentSchema>>,
    Same<Report, z.output<typeof ReportSchema>>,
    Same<Limits, z.output<typeof LimitsSchema>>,
    Same<BandCutoffs, z.output<typeof BandCutoffsSchema>>,
    Same<OptionsInput, z.input<typeof OptionsSchema>>,
    Same<Options, z.output<typeof OptionsSchema>>,
  ]
>;
