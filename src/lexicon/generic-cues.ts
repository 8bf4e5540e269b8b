/**
 * Words that may stand between a bare-plural subject and its verb in a generic sentence ("bears are easily scared",
 * "dogs usually bark"): the present forms of "be" and the frequency and manner adverbs of generic statements
 * (Carlson & Pelletier, The Generic Book, 1995, ch. 1: characterising sentences with bare plurals; Quirk et al. 1985,
 * § 8.64 frequency adverbs).
 */
export const GENERIC_VERB_GROUP: readonly string[] = [
  'are', 'is', 'often', 'usually', 'generally', 'typically', 'normally', 'commonly', 'rarely', 'seldom', 'always',
  'easily', 'readily', 'can',
];
