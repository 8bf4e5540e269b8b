/**
 * Past participles that leave their patient in a state ("was killed" → dead): the state's incompatible partners
 * (lexicon/incompatible-states.ts) exclude the participle too ("is alive" / "was killed"). Lower case.
 *
 * Source: WordNet 3.1, the verb kill (v.01, "cause to die"; its cause relation points to die) and its direct
 * hyponyms that name a way of killing a person (murder, execute, behead, assassinate, slay, massacre).
 */
export const RESULT_STATES: readonly (readonly [string, readonly string[]])[] = [
  ['dead', ['killed', 'murdered', 'executed', 'beheaded', 'assassinated', 'slain', 'massacred']],
];
