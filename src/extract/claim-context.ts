import type { Lexicon } from '../lexicon/index.js';
import type { Attribution, Claim } from '../model/claim.js';
import type { Skipped } from '../model/report.js';
import type { SegmentedDocument } from '../segment/segment.js';
import type { findCertainty } from './certainty.js';
import type { Antecedent } from './clause-antecedents.js';
import type { Referents } from './referents.js';

export interface ExtractContext {
  lexicon: Lexicon;
  referenceDate?: string;
  maxClaims: number;
}

export interface ExtractResult {
  claims: Claim[];
  skipped: Skipped[];
  /** Clauses beyond the per-document claim limit. */
  dropped: number;
}

/** What every claim of one clause shares: its document, attribution, certainty and the referents in view. */
export interface Shared {
  seg: SegmentedDocument;
  context: ExtractContext;
  attribution: Attribution;
  certainty: ReturnType<typeof findCertainty>;
  referents: Referents;
  /** Whether a pronoun actor may stand for the holder (not when the frame names none: "He is said to be ill"). */
  holderIsReferent: boolean;
  /** For a subordinate clause: the main clause's phrases a pronoun subject may stand for, before the holder. */
  antecedents?: readonly Antecedent[];
}
