import type { Claim } from '../model/claim.js';
import { ALTERNATING_VERBS } from '../lexicon/wordnet-alternations.js';

const ALTERNATING: ReadonlySet<string> = new Set(ALTERNATING_VERBS);

/**
 * The claim uses a verb of the causative alternation without an object ("the climbing centre opened on Saturday",
 * "the vases sold out"): its subject is what changed, not who changed it (Levin 1993 § 1.1.2.1), so it names no doer.
 */
export function subjectUndergoes(c: Claim): boolean {
  const p = c.proposition;
  return p.theme === undefined && p.complement === undefined && ALTERNATING.has(p.predicate?.lemma.toLowerCase() ?? '');
}
