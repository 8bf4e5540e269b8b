/**
 * Pairs of opposing predicate lemmas.
 * Sources: (to be filled by the opposition detector work; each entry from WordNet antonyms or a dictionary).
 */
export const OPPOSITE_PAIRS: readonly (readonly [string, string])[] = [
  ['accept', 'reject'],
  ['rise', 'fall'],
  ['confirm', 'deny'],
];
