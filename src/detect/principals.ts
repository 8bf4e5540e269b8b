import type { Claim } from '../model/claim.js';
import { BENEFACTIVE_PREPOSITIONS } from '../lexicon/benefactives.js';
import { sameName } from './actor.js';
import { perClaim } from '../relate/per-claim.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const PREPOSITIONS: readonly string[][] = BENEFACTIVE_PREPOSITIONS.map((p) => p.split(' '));
/** Most words of the phrase after the preposition read as the principal ("the armed wing of the party"). */
const MAX_PRINCIPAL_WORDS = 6;

/**
 * The claim names `actor` after a benefactive preposition following its predicate: "foreign dealers were smuggling
 * antiquities for the militia" names the militia as the one the act is done for, so "the militia is smuggling" is
 * the same act seen from its principal, not a rival doer.
 */
export function actsFor(claim: Claim, actor: string, aliases: ReadonlyMap<string, string>): boolean {
  return principalNames(claim).some((name) => sameName(name, actor, aliases));
}

/**
 * What the claim may name as a principal: each run of up to MAX_PRINCIPAL_WORDS words after a benefactive preposition
 * that follows its predicate ("the militia", "the militia's armed wing" …). Read once per claim: every pair asks.
 */
const principalNames = perClaim((claim: Claim): readonly string[] => {
  const predicate = claim.proposition.predicate;
  if (predicate === undefined) return [];
  const words = [...claim.text.slice(predicate.span.end - claim.span.start).matchAll(WORD)].map((m) => m[0]);
  const lower = words.map((w) => w.toLowerCase());
  const names: string[] = [];
  lower.forEach((_, i) => {
    for (const p of PREPOSITIONS) {
      if (!p.every((w, k) => lower[i + k] === w)) continue;
      const after = words.slice(i + p.length, i + p.length + MAX_PRINCIPAL_WORDS);
      after.forEach((_, n) => names.push(after.slice(0, n + 1).join(' ')));
    }
  });
  return names;
});
