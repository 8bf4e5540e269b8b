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
