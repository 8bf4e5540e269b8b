import { AUXILIARY_HEADS, BE_FORMS, MODAL_GAP } from '../lexicon/grammar-words.js';
import { hasTag, type Term } from './terms.js';

const BE: ReadonlySet<string> = new Set(BE_FORMS);
const AUXILIARY: ReadonlySet<string> = new Set([...AUXILIARY_HEADS, ...MODAL_GAP, 'not', "n't", 'no']);
/** Words an existential may put between "there" and its "be": auxiliaries, modals and a few adverbs. */
const MAX_GAP = 3;

/**
 * "There were 450 passengers on board", "There have been no reports of injuries", "There will be a vote": in an
 * existential clause (Quirk § 18.44) "there" is a dummy subject, the verb is "be" and the noun phrase after it is the
 * notional subject, what is said to exist. The index of that "be", or -1 when the clause at `start` is no existential
 * ("There, the river floods", "there" after a verb, "There is no doubt that …", "There were no plans to …").
 */
export function existentialBe(terms: readonly Term[], start: number): number {
  const there = terms[start];
  if (there?.lower !== 'there' || there.commaAfter) return -1;
  for (let i = start + 1; i <= start + 1 + MAX_GAP && i < terms.length; i++) {
    const t = terms[i]!;
    // "There is no doubt that the mayor signed", "There were no plans to merge …": a that-clause or a to-infinitive
    // after it may carry the proposition (see certaintyIdiom, throughIntention); the clause is then read as before.
    if (BE.has(t.lower) && t.lower !== 'being' && t.lower !== "'s") return terms.some((w, k) => k > i && carriesEvent(terms, k)) ? -1 : i;
    if (!AUXILIARY.has(t.lower) || t.commaAfter) return -1;
  }
  return -1;
}

const carriesEvent = (terms: readonly Term[], k: number): boolean =>
  terms[k]!.lower === 'that' || (terms[k]!.lower === 'to' && hasTag(terms[k + 1], 'Verb'));
