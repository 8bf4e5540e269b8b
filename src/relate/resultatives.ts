import type { Claim } from '../model/claim.js';
import { RAISING_VERBS } from '../lexicon/raising-verbs.js';
import { claimWords } from './words.js';
import { perClaim } from './per-claim.js';

/**
 * Resultatives of death (Levin 1993, § 7.2; FrameNet 1.7's Killing frame): a verb of hitting, shooting or crushing with
 * "dead" or "to death" after it ("were shot dead", "was beaten to death", "stabbed him to death") tells a killing,
 * whatever the verb alone means. After a verb of knowing or saying ("found dead", "presumed dead", "declared dead";
 * Quirk et al. 1985, § 16.52) "dead" says what someone is held to be, not what the verb did: a death, no killing.
 */

/** How many words after the verb its "dead" may stand ("shot the two guards dead"). */
const RESULT_WINDOW = 3;
const KNOWING = new Set(RAISING_VERBS);

/** The claim's verb has "dead" or "to death" after it: it tells a death ("shot dead", "found dead"). Read once per claim (matching asks on every pair). */
export const deathAfterVerb: (claim: Claim) => boolean = perClaim(readDeathAfterVerb);

function readDeathAfterVerb(claim: Claim): boolean {
  const predicate = claim.proposition.predicate;
  if (!predicate) return false;
  const after = claimWords(claim).tokens.filter((t) => t.span.start >= predicate.span.end).slice(0, RESULT_WINDOW);
  return after.some((t, i) => t.lower === 'dead' || (t.lower === 'death' && after[i - 1]?.lower === 'to'));
}

/** The event a verb with "dead" after it amounts to: a killing ("shot dead"), or a death ("found dead"); else none. */
export function deathEvent(claim: Claim): 'kill' | 'die' | undefined {
  if (!deathAfterVerb(claim)) return undefined;
  return KNOWING.has(claim.proposition.predicate?.lemma.toLowerCase() ?? '') ? 'die' : 'kill';
}
