import type { Claim } from '../model/claim.js';

/** "will also sing", "also played", "sang too": an additive adjunct in the predicate's verb group (Quirk et al. 1985 § 8.116). */
const ADDITIVE_BEFORE = /\b(?:also|too)\s+(?:[\p{L}']+\s+)?$/iu;
/** How far before the predicate the verb group is read ("will also be singing"). */
const VERB_GROUP_REACH = 24;

/**
 * "The choir will also sing in Delft on Sunday": an additive adjunct on the act, in a claim that names where, adds one
 * more instance of the act beside one already in view, so its date and place are that instance's.
 */
export function additiveInstance(c: Claim): boolean {
  const predicate = c.proposition.predicate;
  if (!predicate || c.places.length === 0) return false;
  const at = predicate.span.start - c.span.start;
  return ADDITIVE_BEFORE.test(c.text.slice(Math.max(0, at - VERB_GROUP_REACH), at));
}

/** One claim adds another instance of the act and the other does not: their dates and places are of two instances. */
export function additiveInstanceApart(a: Claim, b: Claim): boolean {
  return additiveInstance(a) !== additiveInstance(b);
}
