import type { Claim, Place } from '../model/claim.js';
import { BE_FORMS } from '../lexicon/grammar-words.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { lightVerbs } from './actor.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const BE: ReadonlySet<string> = new Set(BE_FORMS);
/** Words after its verb that still belong to a light verb's own phrase ("took place in", "came under fire in"). */
const VERB_PHRASE_REACH = 2;
/** Prepositions of concession and accompanying circumstance (Quirk et al. 1985, §§ 9.45, 9.55): an adjunct, not the act's setting. */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['despite', 'amid', 'amidst', 'notwithstanding']);

/**
 * A place in a phrase that postmodifies a noun (Quirk et al. 1985, § 17.36: "targets in Norland", "forces in Varland")
 * inside a concessive or circumstance adjunct of a light verb ("the news comes amid reports of … forces in Varland"):
 * the place is that noun's, not the setting of an act.
 */
export function placeOfANoun(claim: Claim, place: Place, lexicon: Lexicon): boolean {
  const predicate = claim.proposition.predicate;
  if (predicate === undefined || !derived(lexicon, lightVerbs).has(predicate.lemma.toLowerCase())) return false;
  const before = claim.text.slice(0, place.span.start - claim.span.start);
  const words = [...before.matchAll(WORD)];
  // The word before the preposition: the head the place's phrase attaches to.
  const head = words.at(-2);
  if (head === undefined) return false;
  const headStart = claim.span.start + head.index;
  if (headStart < predicate.span.end) return false;
  const between = [...claim.text.slice(predicate.span.end - claim.span.start, head.index).matchAll(WORD)].map((m) => m[0].toLowerCase());
  return between.length >= VERB_PHRASE_REACH && between.some((w) => ADJUNCT_PREPOSITIONS.has(w)) && !BE.has(head[0].toLowerCase());
}
