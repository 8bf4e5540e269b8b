/**
 * Verbs by which a doer owns a bad act as its own when their object is "responsibility (for it)": "claimed
 * responsibility for the bombing", "admitted responsibility for the attack". Sources: the Oxford Dictionary of English,
 * "claim responsibility" ("state that one is the perpetrator of an act"); FrameNet 1.7 Statement, the lexical units
 * claim, admit, acknowledge and accept used with such an object. "Denied responsibility" disowns it and is left out.
 * Lemmas.
 */
export const OWNING_VERBS: readonly string[] = ['claim', 'admit', 'acknowledge', 'accept'];

/** The noun that, as their object, makes those verbs own an act. Lower case. */
export const RESPONSIBILITY_NOUNS: readonly string[] = ['responsibility', 'credit'];
