import type { Claim } from '../model/claim.js';
import { buildIdf, matchScore } from './similarity.js';

export interface CandidatePair {
  a: number;
  b: number;
  match: number;
}

export interface CandidateOptions {
  minMatch: number;
  /** Most partners compared per claim: keeps the number of pairs linear in the number of claims. */
  maxPartners: number;
  /** Overall cap; excess pairs are dropped (lowest match first) and reported as truncated. */
  maxPairs: number;
}

/** A key shared by more than this share of claims blocks nothing and is skipped in the index. */
const MAX_KEY_SHARE = 0.2;
/** ...unless the call is this small, when every key is kept. */
const SMALL_CALL = 50;

/**
 * Pairs of claims to compare, from an inverted index over their keys (blocking), never from all pairs.
 * Two claims of one document are paired only when different holders assert them ("some reports … other
 * accounts …"); a writer repeating itself is no conflict.
 */
export function candidatePairs(claims: readonly Claim[], options: CandidateOptions): { pairs: CandidatePair[]; dropped: number } {
  const idf = buildIdf(claims);
  const index = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const k of c.keys) {
      const posting = index.get(k);
      if (posting) posting.push(i);
      else index.set(k, [i]);
    }
  });
  const maxPosting = claims.length <= SMALL_CALL ? Infinity : Math.max(SMALL_CALL, claims.length * MAX_KEY_SHARE);
  const pairs: CandidatePair[] = [];
  for (let i = 0; i < claims.length; i++) {
    const shared = new Map<number, number>();
    for (const k of claims[i]!.keys) {
      const posting = index.get(k)!;
      if (posting.length > maxPosting) continue;
      for (const j of posting) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const partners = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, options.maxPartners);
    for (const [j] of partners) {
      if (!comparable(claims[i]!, claims[j]!)) continue;
      const match = matchScore(claims[i]!, claims[j]!, idf);
      if (match >= options.minMatch) pairs.push({ a: i, b: j, match });
    }
  }
  if (pairs.length <= options.maxPairs) return { pairs, dropped: 0 };
  const kept = [...pairs].sort((x, y) => y.match - x.match || x.a - y.a || x.b - y.b).slice(0, options.maxPairs);
  return { pairs: kept.sort((x, y) => x.a - y.a || x.b - y.b), dropped: pairs.length - kept.length };
}

export function comparable(a: Claim, b: Claim): boolean {
  if (a.documentId !== b.documentId) return true;
  const ha = a.attribution;
  const hb = b.attribution;
  return ha.holderKind !== 'author' && hb.holderKind !== 'author' && ha.holder.toLowerCase() !== hb.holder.toLowerCase();
}
