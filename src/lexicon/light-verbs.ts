/**
 * Light and copular verbs: they say too little about an act to dispute who did it ("X has …" vs "Y has …").
 * Sources: Jespersen's light verbs (A Modern English Grammar, 1942, vol. VI) and the copular and
 * support verbs of Quirk et al. (1985) §§ 2.23, 16.21.
 */
export const LIGHT_VERBS: readonly string[] = [
  'be', 'is', 'have', 'do', 'make', 'take', 'get', 'give', 'go', 'come', 'put', 'set', 'keep', 'let', 'seem',
  'become', 'remain', 'stay', 'say', 'tell', 'show', 'see', 'use', 'include', 'find', 'hold', 'leave', 'call',
  'want', 'need', 'try', 'know', 'think', 'look', 'continue', 'begin', 'start', 'expect', 'help', 'appear', 'mean',
];

/**
 * Verb + bare noun idioms of occurrence: WordNet 3.1 lists "take place" as a verb lemma in the synset of "happen,
 * occur" (happen.v.01); Levin (1993) § 48.1.1 (verbs of occurrence) are unaccusative, so the subject is the event that
 * happens, the slot a passive subject fills ("the summit was held" / "the summit took place"). Written "verb noun".
 */
export const OCCURRENCE_IDIOMS: readonly string[] = ['take place'];
