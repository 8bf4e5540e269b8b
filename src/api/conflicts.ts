import { detectPair } from '../detect/registry.js';
import type { Lexicon } from '../lexicon/index.js';
import { candidatePairs, DEFAULT_MIN_MATCH, opposesIn, type CandidateOptions } from '../match/index.js';
import type { Claim } from '../model/claim.js';
import type { CountAt } from '../match/counted-sets.js';
import type { Conflict } from '../model/conflict.js';
import type { Options } from '../model/options.js';
import { conflictFingerprint } from '../report/fingerprint.js';
import { conflictMessage } from '../report/message.js';
import { oncePerDispute, oncePerEvidence } from './repeats.js';
import { withoutDisputesToldInside } from './told-inside.js';
import { bandOf, combine, effectiveWeights, factorValues, type ScoreWeights, type SourceTable } from '../score/index.js';

/** Most partners a claim is compared with (keeps pairs per claim bounded). */
export const MAX_PARTNERS = 40;

export interface ConflictRun {
  conflicts: Conflict[];
  pairs: number;
  droppedPairs: number;
  /** Of those, pairs that the per-claim partner cap (MAX_PARTNERS) left uncompared; the rest went over limits.maxPairs. */
  droppedByPartners: number;
}

/** match → detect → score over one set of claims; conflicts sorted by score, then document id, then span start. */
export function findConflicts(claims: readonly Claim[], sources: SourceTable, lexicon: Lexicon, options: Options): ConflictRun {
  const { pairs, dropped, byPartners } = candidatePairs(claims, candidateOptions(lexicon, options));
  const conflicts: Conflict[] = [];
  const weights = effectiveWeights(options.weights, options.bands);
  for (const pair of pairs) {
    const [a, b] = oriented(claims[pair.a]!, claims[pair.b]!);
    const conflict = scorePair(a, b, pair.match, sources, lexicon, options, weights, pair.countedSet);
    if (conflict) conflicts.push(conflict);
  }
  return { conflicts: finalise(withoutDisputesToldInside(conflicts, claims, pairs)), pairs: pairs.length, droppedPairs: dropped, droppedByPartners: byPartners };
}

/** How analyze's blocking index pairs claims, from the call's options and lexicon. */
export function candidateOptions(lexicon: Lexicon, options: Options): CandidateOptions {
  return { minMatch: options.minMatch ?? DEFAULT_MIN_MATCH, maxPartners: MAX_PARTNERS, maxPairs: options.limits.maxPairs, opposes: opposesIn(lexicon), lexicon };
}

/** Sides in a canonical order (document id, then offset) so conflicts do not depend on the order of the input. */
export function oriented(a: Claim, b: Claim): [Claim, Claim] {
  const order = a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.span.start - b.span.start;
  return order <= 0 ? [a, b] : [b, a];
}

/** Detects and scores one matched pair; null when no detector fires. */
export function scorePair(
  a: Claim,
  b: Claim,
  match: number,
  sources: SourceTable,
  lexicon: Lexicon,
  options: Options,
  weights: ScoreWeights = effectiveWeights(options.weights, options.bands),
  countedSet?: readonly CountAt[],
): Conflict | null {
  const finding = detectPair(a, b, countedSet ? { lexicon, countedSet } : { lexicon }, match);
  if (!finding) return null;
  const { best, others } = finding;
  const { score, factors } = combine(factorValues(a, b, match, best.strength, sources, weights.kindPrior[best.kind] ?? 1, finding.alignedEvent), weights);
  for (const other of others) {
    factors.push({ name: `also:${other.kind}`, value: other.strength, weight: 0, contribution: 0, note: other.detail });
  }
  const fingerprint = conflictFingerprint(best.kind, [
    { documentId: a.documentId, text: best.evidence[0].text },
    { documentId: b.documentId, text: best.evidence[1].text },
  ]);
  const evidence: Conflict['evidence'] = [
    { claim: a.id, documentId: a.documentId, span: best.evidence[0], role: 'a' },
    { claim: b.id, documentId: b.documentId, span: best.evidence[1], role: 'b' },
  ];
  return {
    id: fingerprint,
    kind: best.kind,
    claims: [a.id, b.id],
    documents: [a.documentId, b.documentId],
    sources: [a.attribution.sourceIds, b.attribution.sourceIds],
    evidence,
    score,
    band: bandOf(score, weights.bands),
    factors,
    also: others.map((o) => o.kind),
    message: conflictMessage({ kind: best.kind, evidence }, [a, b]),
    fingerprint,
  };
}

/** Canonical order, and ids made unique where one clash repeats (same words twice in one document). */
export function finalise(conflicts: Conflict[]): Conflict[] {
  const sorted = oncePerDispute(oncePerEvidence([...conflicts].sort(compareConflicts)));
  const seen = new Map<string, number>();
  return sorted.map((c) => {
    const n = seen.get(c.fingerprint) ?? 0;
    seen.set(c.fingerprint, n + 1);
    return n === 0 ? c : { ...c, id: `${c.fingerprint}-${n + 1}` };
  });
}

/** Plain UTF-16 order: the same on every machine, whatever its locale. */
function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareConflicts(x: Conflict, y: Conflict): number {
  return (
    y.score - x.score ||
    byCode(x.documents[0], y.documents[0]) ||
    x.evidence[0]!.span.start - y.evidence[0]!.span.start ||
    byCode(x.documents[1], y.documents[1]) ||
    x.evidence[1]!.span.start - y.evidence[1]!.span.start ||
    byCode(x.kind, y.kind)
  );
}
