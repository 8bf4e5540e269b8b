import type { Claim } from '../model/claim.js';
import type { ResolvedSource } from '../model/source.js';

/** Where a side's sources share an origin (syndicated copies), the pair is not independent: this is its value. */
export const DEPENDENT_VALUE = 0.35;
/**
 * A side read from a subordinate clause of its sentence ("when …", "as proof that …", a relative clause), not from its
 * main clause, is this much a side: what a sentence subordinates it presents as given or as the setting of its point,
 * not as the point it asserts (the at-issue / not-at-issue split of Potts 2005, "The Logic of Conventional
 * Implicatures"; Tonhauser et al. 2018, "How projective is projective content?").
 */
export const SUBORDINATE_VALUE = 0.5;
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
  /** whether each side is its sentence's main assertion: 1 for both, SUBORDINATE_VALUE per side read from a subordinate clause */
  foreground: number;
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

/**
 * 1 for a claim read from its sentence's main clause; SUBORDINATE_VALUE for one read from a clause it subordinates,
 * unless the governing clause rules on that clause's truth ("reports that she sang are false", "also denies
 * performing it"): a state cue outside the claim's own words makes the subordinate content the sentence's point.
 */
export function foregroundOf(claim: Claim): number {
  if (claim.mainClaimId === undefined) return 1;
  const { span, stateCue } = claim.proposition;
  const ruledFromOutside = stateCue !== undefined && (stateCue.start < span.start || stateCue.start >= span.end);
  return ruledFromOutside ? 1 : SUBORDINATE_VALUE;
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
    foreground: foregroundOf(a) * foregroundOf(b),
  };
}
