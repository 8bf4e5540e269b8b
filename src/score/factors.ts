import type { Claim } from '../model/claim.js';
import type { ResolvedSource } from '../model/source.js';

/** Where a side's sources share an origin (syndicated copies), the pair is not independent: this is its value. */
export const DEPENDENT_VALUE = 0.35;
/** Reliability used for a source id the call does not know. */
const UNKNOWN_RELIABILITY = 0.5;

export interface FactorValues {
  match: number;
  strength: number;
  certaintyA: number;
  certaintyB: number;
  credibility: number;
  independence: number;
  /** the judge's fitted term for the conflict's kind (ScoreWeights.kindPrior) */
  kindPrior: number;
  /**
   * For a date, place or figure clash whose verbs share no stem or dictionary relation: the share of each claim's
   * participants the word alignment covers (the lower side), which made the two claims one event; 1 otherwise.
   */
  alignedEvent: number;
}

export interface SourceTable {
  get(id: string): ResolvedSource | undefined;
}

/** Mean reliability of the sources a claim is credited to. */
export function reliabilityOf(claim: Claim, sources: SourceTable): number {
  const values = claim.attribution.sourceIds.map((id) => sources.get(id)?.reliability ?? UNKNOWN_RELIABILITY);
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : UNKNOWN_RELIABILITY;
}

/** The root a source's text comes from: its syndication origin, else itself. */
export function originOf(id: string, sources: SourceTable): string {
  return sources.get(id)?.syndicatedFrom ?? id;
}

/**
 * Independence of the two sides: 1 when their sources have different origins; lower when a wire story and its
 * syndicated copy disagree (an edit, not two witnesses). Contrasted attributions inside one text ("some reports
 * … other accounts …") are distinct sources even when they share a citation.
 */
export function independenceOf(a: Claim, b: Claim, sources: SourceTable): number {
  if (a.documentId === b.documentId) return 1;
  const originsA = new Set(a.attribution.sourceIds.map((id) => originOf(id, sources)));
  const shared = b.attribution.sourceIds.some((id) => originsA.has(originOf(id, sources)));
  return shared ? DEPENDENT_VALUE : 1;
}

export function factorValues(a: Claim, b: Claim, match: number, strength: number, sources: SourceTable, kindPrior = 1, alignedEvent = 1): FactorValues {
  return {
    match,
    strength,
    certaintyA: a.certainty.value,
    certaintyB: b.certainty.value,
    credibility: Math.sqrt(reliabilityOf(a, sources) * reliabilityOf(b, sources)),
    independence: independenceOf(a, b, sources),
    kindPrior,
    alignedEvent,
  };
}
