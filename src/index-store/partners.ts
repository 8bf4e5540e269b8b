import { MAX_PARTNERS } from '../api/conflicts.js';
import { comparable, type Idf, matchScore } from '../match/index.js';
import type { Claim } from '../model/claim.js';

/** key → positions of the indexed claims that carry it: the blocking index, linear in the claims' keys. */
export type Postings = Map<string, number[]>;

export interface NewPair {
  /** Position of the earlier claim (the indexed one, or the earlier new one). */
  a: number;
  b: number;
  match: number;
}

export function addPostings(postings: Postings, claim: Claim, position: number): void {
  for (const key of new Set(claim.keys)) {
    const list = postings.get(key);
    if (list) list.push(position);
    else postings.set(key, [position]);
  }
}

/**
 * Pairs that each new claim (positions `from` onwards) makes with every earlier claim sharing a key: the
 * claims sharing most keys first, at most MAX_PARTNERS of them, kept when they are comparable and match at
 * least `minMatch` — the blocking rule of `candidatePairs`, run for the new claims only.
 */
export function newPairs(claims: readonly Claim[], postings: Postings, from: number, idf: Idf, minMatch: number): NewPair[] {
  const pairs: NewPair[] = [];
  for (let j = from; j < claims.length; j++) {
    const shared = new Map<number, number>();
    for (const key of new Set(claims[j]!.keys)) {
      for (const i of postings.get(key) ?? []) if (i < j) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    const partners = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_PARTNERS);
    for (const [i] of partners) {
      if (!comparable(claims[i]!, claims[j]!)) continue;
      const match = matchScore(claims[i]!, claims[j]!, idf);
      if (match >= minMatch) pairs.push({ a: i, b: j, match });
    }
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}
