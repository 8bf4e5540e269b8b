/**
 * Words around a count that say how it stands to the whole set a story counts (match/counted-sets.ts).
 *
 * TOTALITY_CUES mark a count as the whole set: the universal determiner "all" and the totalling phrases "in all",
 * "a total of", "in total", "altogether" (Quirk et al. 1985, § 5.15 universal determiners and § 8.86 totalling
 * adjuncts; Merriam-Webster "in all", "altogether"), and the complement of a vessel or craft: "carrying N", "N on
 * board", "N aboard" (WordNet 3.1 carry v.05 "have with oneself"; aboard r.01 / on board r.01). Lower case, one cue
 * per entry; where a cue stands is given by the list it is in.
 *
 * SUBSET_STATES name a part of a set whose members fared otherwise: WordNet 3.1 missing s.01 ("not able to be
 * found"), unaccounted-for s.01, trapped s.01, stranded s.01, and the members still held or left (remaining a.01).
 * A count under one of them is no count of the whole set.
 */
export const TOTALITY_BEFORE: readonly string[] = ['all', 'in all', 'a total of', 'total of', 'carrying', 'altogether'];
export const TOTALITY_AFTER: readonly string[] = ['on board', 'aboard', 'in all', 'in total', 'altogether'];
export const SUBSET_STATES: readonly string[] = ['missing', 'unaccounted', 'trapped', 'stranded', 'remaining', 'remain', 'remains', 'still'];
