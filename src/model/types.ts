import type { z } from 'zod';
import type { AllTrue, Same } from './same-type.js';
import type { Claim, ReportingStance, Span } from './claim-types.js';
import type { BANDS, CONFLICT_KINDS, ConflictSchema, EvidenceSchema, FactorSchema } from './conflict.js';
import type { DocumentSchema } from './document.js';
import type { AnalyzeInputSchema, ClaimInputSchema } from './input.js';
import type { BandCutoffsSchema, LimitsSchema, OptionsSchema } from './options.js';
import type { ConsensusSchema, ReportDocumentSchema, ReportSchema, SKIP_REASONS, SkippedSchema } from './report.js';
import type { ResolvedSourceSchema, SOURCE_KINDS, SourceSchema } from './source.js';

// The model's shapes as named interfaces, so declarations and editor hovers read as names rather than
// expanded zod types. The zod schemas stay the source of truth: each interface is checked below to be
// exactly the schema's inferred type, so the two cannot drift apart. A claim's parts are in claim-types.ts.

export type * from './claim-types.js';
export type * from './lexicon-extension-types.js';
import type { LexiconExtension } from './lexicon-extension-types.js';

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
  /** "markdown" or "html": markup is stripped, spans still point into `text`; default "text". */
  format?: 'text' | 'markdown' | 'html' | undefined;
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
  /** The side of the conflict the evidence is on: its first claim ('a') or its second ('b'). */
  role: 'a' | 'b';
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
  /** Per-call additions to the shipped word lists. */
  lexicon?: LexiconExtension | undefined;
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
    Same<SourceInput, z.input<typeof SourceSchema>>,
    Same<Source, z.output<typeof SourceSchema>>,
    Same<ResolvedSource, z.output<typeof ResolvedSourceSchema>>,
    Same<DocumentInput, z.input<typeof DocumentSchema>>,
    Same<Document, z.output<typeof DocumentSchema>>,
    Same<ClaimInput, z.input<typeof ClaimInputSchema>>,
    Same<AnalyzeInput, z.input<typeof AnalyzeInputSchema>>,
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
