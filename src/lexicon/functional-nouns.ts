/**
 * Relational nouns with one value for a given argument, so "the capital of Veloria" names one place and two different
 * names given for it clash: functional concepts in Löbner, "Definites" (Journal of Semantics 4, 1985), § 3 (capital,
 * father, mother, birthplace, headquarters, winner of a given contest). Offices held by one person at a time come from
 * the lexicon's single-holder offices.
 */
export const FUNCTIONAL_NOUNS: readonly string[] = ['capital', 'father', 'mother', 'birthplace', 'headquarters', 'winner'];
