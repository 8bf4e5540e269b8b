import type { z } from 'zod';
import type { AllTrue, Same } from './same-type.js';
import type { Claim, ReportingStance, Span } from './claim-types.js';
import type { BANDS, CONFLICT_KINDS, ConflictSchema, EvidenceSchema, FactorSchema } from './conflict.js';
import type { DocumentSchema } from './document.js';
import type { AnalyzeInputSchema, ClaimInputSchema } from './input.js';
import type { BandCutoffsSchema, LexiconExtensionSchema, LimitsSchema, OptionsSchema } from './options.js';
import type { ConsensusSchema, ReportDocumentSchema, ReportSchema, SKIP_REASONS, SkippedSchema } from './report.js';
import type { ResolvedSourceSchema, SOURCE_KINDS, SourceSchema } from './source.js';

// The model's shapes as named interfaces, so declarations and editor hovers read as names rather than
// expanded zod types. The zod schemas stay the source of truth: each interface is checked below to be
// exactly the schema's inferred type, so the two cannot drift apart. A claim's parts are in claim-types.ts.

export type * from './claim-types.js';

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

/** Per-call additions to the shipped word lists; each list extends, never replaces, the shipped one. */
export interface LexiconExtension {
  /** Reporting verb lemma → stance: { "tweet": "reported" }. */
  reportingVerbs?: Record<string, ReportingStance> | undefined;
  /** Verbs whose complement did not happen: ["stonewall"]. */
  refusalVerbs?: string[] | undefined;
  /** Verbs that state a decision about an inner event: ["ratify"]. */
  statusVerbs?: string[] | undefined;
  /** Verbs of an undecided state: ["canvass"]. */
  pendingVerbs?: string[] | undefined;
  /** Phrases of an undecided state: ["on the table"]. */
  pendingPhrases?: string[] | undefined;
  /** Words of a decided state: ["inked"]. */
  decidedCues?: string[] | undefined;
  /** Words, as written, saying a state still holds: ["lingers"]. */
  persistenceCues?: string[] | undefined;
  /** Verbs of intending an act not yet done: ["resolve"]. */
  planVerbs?: string[] | undefined;
  /** Verbs that give up a planned act: ["nix"]. */
  abandonVerbs?: string[] | undefined;
  /** Verbs of waiting for a decision still to come: ["expect"]. */
  awaitVerbs?: string[] | undefined;
  /** As the top-level opposites option. */
  opposites?: [string, string][] | undefined;
  /** As the top-level aliases option. */
  aliases?: Record<string, string[]> | undefined;
  /** Container key → place names in it: { "france": ["Brest"] }. */
  places?: Record<string, string[]> | undefined;
  /** Implicative verb lemma → whether the wrapped event happened: { "contrive": { "affirmed": true, "negated": false } }. */
  implicatives?: Record<string, { affirmed?: boolean | undefined; negated?: boolean | undefined; object?: boolean | undefined }> | undefined;
  /** Support verbs that carry an event noun: ["effect"]. */
  supportVerbs?: string[] | undefined;
  /** Converse verbs and where each puts the other party: the preposition before it, or "object". */
  converses?: { a: { verb: string; other: string }; b: { verb: string; other: string } }[] | undefined;
  /** Verbs of attitude any number of actors may hold at once: ["lament"]. */
  attitudeVerbs?: string[] | undefined;
  /** Word sequences that mark a figure as a later revision: ["subsequently rose"]. */
  updateCues?: string[] | undefined;
  /** Nouns for something said or written: ["dossier"]. */
  textNouns?: string[] | undefined;
  /** Role → titles its holder is named with: { "judge": ["recorder"] }. */
  roleTitles?: Record<string, string[]> | undefined;
  /** Verbs whose parties may swap with no change of meaning: ["duel"]. */
  symmetricVerbs?: string[] | undefined;
  /** Verbs of a rise in amount or value: ["swell"]. */
  upwardChange?: string[] | undefined;
  /** Verbs of a fall in amount or value: ["dwindle"]. */
  downwardChange?: string[] | undefined;
  /** A state and the states it excludes: [["passable", ["impassable"]]]. */
  incompatibleStates?: [string, string[]][] | undefined;
  /** Hedge → how far it lowers certainty (-1 to 0): { "ostensibly": -0.2 }. */
  hedges?: Record<string, number> | undefined;
  /** Booster → how far it raises certainty (0 to 1): { "indisputably": 0.15 }. */
  boosters?: Record<string, number> | undefined;
  /** Words by which the writer calls a claim untrue: ["canard"]. */
  refutationCues?: string[] | undefined;
  /** Groups of counted nouns that count the same individuals (each of two or more): [["mourner", "mourners", "attendee"]]. */
  countedNounGroups?: string[][] | undefined;
  /** Nouns that count people in general: ["soul"]. */
  peopleNouns?: string[] | undefined;
  /** General nouns that may refer back to anyone of their kind: ["fellow"]. */
  generalNouns?: string[] | undefined;
  /** Offices one person holds at a time in one place: ["harbourmaster"]. */
  singleHolderOffices?: string[] | undefined;
  /** Reporting verbs that report a clause only with an explicit "that": ["divulge"]. */
  thatVerbs?: string[] | undefined;
  /** Who is told, after "told": ["constituents"]. */
  addressees?: string[] | undefined;
  /** Nouns that head an unnamed source: ["whistleblower"]. */
  sourceNouns?: string[] | undefined;
  /** Words of intention, as written, that pass their polarity to the verb they govern: ["resolves", "resolved"]. */
  intentionWords?: string[] | undefined;
  /** Phrasal verb ("verb particle") → the single verb it means: { "kick off": "begin" }. */
  phrasalVerbs?: Record<string, string> | undefined;
  /** Verb forms, as written, naming an event's onset before "on"/"in" and a date: ["flared", "sparked off"]. */
  onsetVerbs?: string[] | undefined;
  /** Words, as written, that make a claim a forecast: ["prognosticated"]. */
  forecastWords?: string[] | undefined;
  /** Verb lemmas (or "verb noun") saying only that an event happened or was held: ["convene"]. */
  happeningVerbs?: string[] | undefined;
  /** Outcome frame → lemmas that name it, added to the frame's list: { "injury": ["maul"], "eviction": ["evict"] }. */
  outcomeFrames?: Record<string, string[]> | undefined;
  /** Verb of a process → verbs of its outcomes, added to its list: { "arbitrate": ["award"] }. */
  processOutcomes?: Record<string, string[]> | undefined;
  /** Verbs of a decision still open: ["adjudicate"]. */
  openDecisions?: string[] | undefined;
  /** Nouns of a decision: ["determination"]. */
  decisionNouns?: string[] | undefined;
  /** Words that make a capitalised name a news outlet's: ["clarion"]. */
  outletWords?: string[] | undefined;
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
    Same<LexiconExtension, z.output<typeof LexiconExtensionSchema>>,
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
