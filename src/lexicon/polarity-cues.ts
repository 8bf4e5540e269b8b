/**
 * Negation and refusal cues.
 * Sources: the negation cues annotated in the BioScope and ConanDoyle-neg corpora (Vincze et al. 2008;
 * Morante & Daelemans 2012), and verbs of negative implicature from Karttunen, "Implicative Verbs" (1971)
 * and Nairn, Condoravdi & Karttunen, "Computing relative polarity for textual inference" (2006).
 */
export const NEGATORS: readonly string[] = [
  'not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'cannot', 'none', 'nobody', 'nothing', 'nowhere',
];

/** Contracted negated auxiliaries, as written. */
export const NEGATED_AUXILIARIES: readonly string[] = [
  "won't", "wouldn't", "can't", "couldn't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "shouldn't", "mustn't", "shan't", 'cannot',
];

/**
 * Verbs whose complement is asserted not to happen (negative implicatives and verbs of refusal): "refused to attend"
 * entails "did not attend". Lemmas.
 */
export const REFUSAL_VERBS: readonly string[] = [
  'refuse', 'reject', 'decline', 'spurn', 'rebuff', 'snub', 'boycott', 'shun', 'deny', 'rule out', 'turn down',
  'veto', 'dismiss', 'fail', 'abandon', 'cancel', 'scrap', 'withdraw', 'pull out', 'call off', 'back out', 'forgo',
  'forego', 'avoid', 'skip', 'neglect', 'renounce', 'repudiate',
  // A negative decision (Merriam-Webster, "decide against": to choose not to do something). "Voted against" is not
  // here: it takes a side in a vote (lexicon/side-prepositions.ts), whatever the vote decided.
  'decide against',
];

/**
 * Refusal verbs that name an act of stopping, removing or abstaining rather than a response to a proposal (Levin 1993
 * § 10.1 "remove" verbs for withdraw and pull out; the aspectual verbs of ending in WordNet 3.1's hierarchy of "end,
 * terminate" for cancel, call off, scrap and abandon; "avoid, skip, forgo, boycott, shun" under WordNet's "refrain,
 * forbear"): negated with a plain object ("has not withdrawn its donations", "did not cancel the match") they tell
 * that the act did not happen, not that a question stays open as "did not reject the offer" does.
 */
export const REFUSAL_ACTS: readonly string[] = [
  'withdraw', 'pull out', 'cancel', 'call off', 'scrap', 'abandon', 'boycott', 'shun', 'avoid', 'skip', 'forgo', 'forego',
];

/**
 * Negative determiners and pronouns that negate a clause from its object ("reported no injuries", "found nothing"):
 * Quirk et al. (1985) §§ 10.58–10.64 (clause negation by a non-assertive word in the object).
 */
export const NEGATIVE_OBJECT_WORDS: readonly string[] = ['no', 'nothing', 'none', 'nobody', 'neither', 'nowhere'];

/** Words after "no" that make it local, not clause negation: "no fewer than 300", "no doubt", "no longer" (Quirk § 10.63). */
export const LOCAL_NO_WORDS: readonly string[] = ['fewer', 'more', 'less', 'later', 'sooner', 'doubt', 'matter', 'end', 'longer', 'one'];

/**
 * Additive words after a negative determiner: "no further leaks", "no new cases", "no other passengers" deny only
 * instances beyond those already in view (Quirk et al. 1985 § 5.21 on postdeterminers, § 10.63 on "no"), so they
 * leave an earlier or other instance standing ("a leak was found last week").
 */
export const ADDITIVE_AFTER_NO: readonly string[] = ['further', 'new', 'other', 'additional', 'more'];

/**
 * "withdrew its troops", "pulled out of the town": "withdraw" in its sense of physical removal (Levin 1993 § 10.1,
 * "remove" verbs; WordNet 3.1 withdraw v.2 "pull back or move away or backward") moves people or forces away from a
 * place; it refuses nothing. Nouns for who is withdrawn: WordNet 3.1 hyponyms of "military personnel" and
 * "diplomat" that news writes as the object. Nouns for where from: see PLACE_OF_NOUNS in places.ts, plus the lines
 * of a front.
 */
export const REMOVAL_VERBS: readonly string[] = ['withdraw'];
export const WITHDRAWN_PEOPLE: readonly string[] = [
  'troops', 'forces', 'soldiers', 'units', 'personnel', 'staff', 'diplomats', 'ambassador', 'envoy', 'peacekeepers',
  'observers', 'inspectors', 'fighters', 'militants', 'police', 'officers',
];
export const FRONT_NOUNS: readonly string[] = ['border', 'front', 'frontline', 'base', 'bases', 'positions', 'zone', 'line', 'lines'];

/**
 * "without" + noun idioms whose noun names no event denied (Oxford Dictionary of English, "without" phrases; Collins
 * idioms): "went absent without leave" did leave, "finished without fail" did not fail, "vanished without trace".
 */
export const WITHOUT_IDIOM_NOUNS: readonly string[] = ['leave', 'fail', 'trace', 'question', 'exception', 'end', 'number', 'doubt', 'reserve', 'ceremony', 'ado'];
