/**
 * The adverb particles of phrasal and phrasal-prepositional verbs (Quirk et al. 1985, §§ 16.3–16.6): "goes by the
 * name", "came up with", "went over the plan". After a verb they make a new verb, whose meaning the bare verb's
 * antonym no longer opposes. Only the particles that are seldom prepositions are listed: "rose on Monday" and "goes by
 * the name" cannot be told apart from the words alone.
 */
export const VERB_PARTICLES: readonly string[] = ['up', 'out', 'away', 'back', 'aside', 'forward', 'off', 'down'];

/**
 * The particles above that are also prepositions of direction (Quirk et al. 1985, §§ 9.15–9.17, 16.3): after a verb of
 * motion, "up the hill", "down the road" and "off the pitch" are prepositional phrases, not a phrasal verb and its object.
 */
export const DIRECTIONAL_PARTICLES: readonly string[] = ['up', 'down', 'off'];

/**
 * Adverbs of repetition or return that may stand between a verb and its particle ("switched back on", "turned again
 * off"): the particle still makes the phrasal verb (Quirk et al. 1985, § 16.4, adverbs inserted in phrasal verbs), and
 * the particles after which they are read through (the on/off, in/out, up/down pairs of WordNet's two-word verbs).
 */
export const INSERTED_ADVERBS: readonly string[] = ['back', 'again'];
export const PAIRED_PARTICLES: readonly string[] = ['on', 'off', 'in', 'out', 'up', 'down'];
