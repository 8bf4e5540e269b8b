import { mayBeRejectedStory, rebuttedTeller, tellerRebuttalHit } from '../detect/teller-rebuttal.js';
import type { Claim } from '../model/claim.js';

/**
 * Pairs the blocking index cannot see: a claim rejecting a teller's story ("the Ledger report is not true") shares no
 * word with what the teller told, only the teller's name with its holder. Each pair once, as [smaller, larger] index.
 */
export function tellerPairs(claims: readonly Claim[], aliases: ReadonlyMap<string, string>): [number, number][] {
  const out: [number, number][] = [];
  const rejecting = claims.flatMap((c, i) => (rebuttedTeller(c) === null ? [] : [i]));
  if (rejecting.length === 0) return out;
  // A rejecting claim puts nothing forward, so its only hits are claims that may be the story it rejects: the others are
  // never asked (in claim order still, so the pairs come out as before).
  const stories = claims.flatMap((c, j) => (mayBeRejectedStory(c) ? [j] : []));
  for (const i of rejecting) {
    for (const j of stories) {
      if (j !== i && tellerRebuttalHit(claims[i]!, claims[j]!, aliases) !== null) out.push(i < j ? [i, j] : [j, i]);
    }
  }
  return out;
}
