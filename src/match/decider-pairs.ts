import { deciderHit, readDecider } from '../detect/deciders.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';

/**
 * Pairs the blocking index cannot see: "the owners shut the basin voluntarily" and "inspectors ordered the closure of
 * the pool" share no word, only the act they name and who chose it. Each pair once, as [smaller, larger] index.
 */
export function deciderPairs(claims: readonly Claim[], lexicon: Lexicon): [number, number][] {
  const read = claims.flatMap((c, i) => (readDecider(c) ? [i] : []));
  const out: [number, number][] = [];
  for (let x = 0; x < read.length; x++)
    for (let y = x + 1; y < read.length; y++) {
      const [i, j] = [read[x]!, read[y]!];
      if (deciderHit(claims[i]!, claims[j]!, lexicon) !== null) out.push([i, j]);
    }
  return out;
}
