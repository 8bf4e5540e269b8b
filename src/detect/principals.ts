import type { Claim } from '../model/claim.js';
import { BENEFACTIVE_PREPOSITIONS } from '../lexicon/benefactives.js';
import { sameName } from './actor.js';

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
  const predicate = claim.proposition.predicate;
  if (predicate === undefined) return false;
  const words = [...claim.text.slice(predicate.span.end - claim.span.start).matchAll(WORD)].map((m) => m[0]);
  const lower = words.map((w) => w.toLowerCase());
  return lower.some((_, i) =>
    PREPOSITIONS.some((p) => {
      if (!p.every((w, k) => lower[i + k] === w)) return false;
      const after = words.slice(i + p.length, i + p.length + MAX_PRINCIPAL_WORDS);
      return after.some((_, n) => sameName(after.slice(0, n + 1).join(' '), actor, aliases));
    }),
  );
}
