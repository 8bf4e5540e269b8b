/**
 * Past participles that leave their patient in a state ("was killed" → dead): the state's incompatible partners
 * (lexicon/incompatible-states.ts) exclude the participle too ("is alive" / "was killed"). Lower case.
 *
 * Sources, WordNet 3.1:
 * - dead: the verb kill (v.01, "cause to die"; its cause relation points to die) and its direct hyponyms that name a
 *   way of killing a person (murder, execute, behead, assassinate, slay, massacre).
 * - free: the synset free v.01 ("grant freedom to; free from confinement": free, liberate, release).
 * - captive: its antonym confine / detain v.01 ("deprive of freedom; take into confinement"), hold in its sense
 *   "restrain, confine, hold" (v. 01304044), and kidnap / abduct v.01 ("take away against their will"), whose patient
 *   is held.
 */
export const RESULT_STATES: readonly (readonly [string, readonly string[]])[] = [
  ['dead', ['killed', 'murdered', 'executed', 'beheaded', 'assassinated', 'slain', 'massacred']],
  ['free', ['freed', 'released', 'liberated']],
  ['captive', ['held', 'detained', 'confined', 'kidnapped', 'abducted']],
];
