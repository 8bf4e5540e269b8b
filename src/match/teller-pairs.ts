import { rebuttedTeller, tellerRebuttalHit } from '../detect/teller-rebuttal.js';
import type { Claim } from '../model/claim.js';

/**
 * Pairs the blocking index cannot see: a claim rejecting a teller's story ("the Ledger report is not true") shares no
 * word with what the teller told, only the teller's name with its holder. Each pair once, as [smaller, larger] index.
 */
export function tellerPairs(claims: readonly Claim[], aliases: ReadonlyMap<string, string>): [number, number][] {
  const out: [number, number][] = [];
  claims.forEach((c, i) => {
    if (rebuttedTeller(c) === null) return;
    claims.forEach((other, j) => {
      if (j !== i && tellerRebuttalHit(c, other, aliases) !== null) out.push(i < j ? [i, j] : [j, i]);
    });
  });
  return out;
}
