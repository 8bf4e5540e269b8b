/**
 * Headline cue words for the stance of a one-line report towards a claim, read by src/eval/stance-cues.ts.
 *
 * Sources, per list:
 * - REFUTING_WORDS and HEDGING_WORDS: the refuting and hedging word sets of Ferreira & Vlachos (2016), "Emergent: a
 *   novel data-set for stance classification" (NAACL-HLT, section 4), also used by the FNC-1 official baseline; the
 *   hedging set is Hyland's (1998) hedges plus the rumour words. Inflected forms added for the verbs.
 * - DISPUTE_VERBS: WordNet 3.1 verb synsets {dispute, challenge, gainsay}, {doubt, question, call into question},
 *   {reject, turn down, rebuff, repulse}, {discredit, disgrace}, {downplay, minimize, play down}; DISPUTE_PHRASES:
 *   Merriam-Webster / Cambridge idioms for rejecting a claim ("shoot down", "put to rest", "pour cold water
 *   on"; "cast doubt" is read by its verb "doubt") and for the absence of evidence ("no sign of", "no proof").
 * - VERACITY_WORDS: WordNet 3.1 adjective synsets {real, existent}, {true}, {genuine, authentic, bona fide}, {legitimate}
 *   and the verb {happen, occur}: what "not real", "isn't true", "never happened" deny.
 * - DEBUNK_WORDS: WordNet 3.1 synsets {exaggerate, overstate, overdraw, hyperbolize}, {nonsense, rubbish, bunk,
 *   hogwash}, {doctor, falsify, manipulate}, {fake, stage}, {fool, dupe, gull, hoax}, {troll}, {lie}: words that say a
 *   story was inflated, invented or a trick, beyond the refuting set.
 * - Question and colon frames: AP Stylebook headline conventions (a colon after a short opening names the source
 *   or the topic: "Rumor: …", "Sources: …", "Official: …").
 */

export const REFUTING_WORDS: readonly string[] = [
  'fake', 'fraud', 'hoax', 'false', 'deny', 'denies', 'denied', 'not', 'despite', 'nope', 'doubt', 'doubts', 'bogus',
  'debunk', 'debunks', 'debunked', 'prank', 'pranks', 'retract', 'retracts', 'retracted',
];

export const HEDGING_WORDS: readonly string[] = [
  'alleged', 'allegedly', 'apparently', 'appear', 'appears', 'claim', 'claims', 'could', 'evidently', 'largely',
  'likely', 'mainly', 'may', 'maybe', 'might', 'mostly', 'perhaps', 'presumably', 'probably', 'purported',
  'purportedly', 'reported', 'reportedly', 'rumor', 'rumors', 'rumour', 'rumours', 'rumored', 'rumoured', 'says',
  'seem', 'seems', 'somewhat', 'supposedly', 'unconfirmed', 'possibly', 'feared', 'suspected',
];

export const DISPUTE_VERBS: readonly string[] = [
  'dispute', 'disputes', 'disputed', 'disputing', 'challenge', 'challenges', 'challenged', 'gainsay', 'gainsays',
  'doubt', 'doubts', 'doubted', 'question', 'questions', 'questioned', 'reject', 'rejects', 'rejected', 'rebuff',
  'rebuffs', 'rebuffed', 'repudiate', 'repudiates', 'repudiated', 'discredit', 'discredits', 'discredited',
  'downplay', 'downplays', 'downplayed',
];

export const DISPUTE_PHRASES: readonly string[] = [
  'shoot down', 'shoots down', 'put to rest', 'puts to rest', 'cold water',
  'play down', 'plays down', 'played down', 'no sign of', 'no proof', 'turn down', 'turns down', 'turned down',
];

export const VERACITY_WORDS: readonly string[] = [
  'real', 'really', 'true', 'genuine', 'authentic', 'legit', 'legitimate', 'happen', 'happened', 'happening', 'occur',
  'occurred',
];

export const DEBUNK_WORDS: readonly string[] = [
  'exaggerated', 'exaggerating', 'overstated', 'overblown', 'hyped', 'nonsense', 'rubbish', 'bunk', 'hogwash',
  'doctored', 'falsified', 'manipulated', 'photoshopped', 'staged', 'fooled', 'duped', 'tricked', 'trolled', 'troll',
  'lie', 'lies', 'lied', 'misreported', 'misidentified', 'mistaken',
];

/** At most this many words before a colon make a headline's label ("Rumor:", "Tim Cook:", "Apple Watch:"). */
export const COLON_LABEL_WORDS = 4;
