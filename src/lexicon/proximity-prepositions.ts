/**
 * Prepositions of proximity before a place ("near Lyon", "outside Kabul", "close to the capital"): the positive
 * position prepositions of Quirk et al. 1985, § 9.17 ("near (to)", "close to", "outside", "by") that set an event
 * beside a place rather than in it. Each entry is a word sequence, lower-case.
 */
export const PROXIMITY_PREPOSITIONS: readonly string[] = ['near', 'near to', 'nearby', 'close to', 'outside', 'just outside', 'not far from'];
