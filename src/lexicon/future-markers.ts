/**
 * How English marks future time in the verb group (Quirk et al. 1985 §§ 4.42–4.49): the modals will / shall and
 * their contractions, and the semi-auxiliaries be going to, be about to, be to, and be due / set / scheduled / slated /
 * poised to (the last group as listed for "be + adjective/participle + to" future in Huddleston & Pullum 2002,
 * ch. 3 § 9). A weekday in such a clause ("will reopen on Friday") names the coming day, not the last one.
 */
export const FUTURE_MODALS: readonly string[] = ['will', 'shall', "won't", "shan't", 'wo'];

/** Words that, directly before "to" + the verb, make the semi-auxiliary future ("is due to resume"). */
export const FUTURE_SEMI_AUXILIARIES: readonly string[] = ['going', 'about', 'due', 'set', 'scheduled', 'slated', 'poised'];

/** Forms of "be" that make "be to" the future of arrangement ("The hearing is to resume"): present forms only. */
export const PRESENT_BE: readonly string[] = ['is', 'are', 'am'];

/**
 * Present-tense verbs of continuing state (Quirk § 4.6 state present) that, with "until"/"till" ("remains closed
 * until Friday", "is suspended until Monday"), point to the day the state ends: a coming day.
 */
export const PRESENT_STATE_VERBS: readonly string[] = ['is', 'are', 'am', 'remains', 'remain', 'stays', 'stay'];

/** Past auxiliaries: a verb group with one is past time whatever follows. */
export const PAST_AUXILIARIES: readonly string[] = ['was', 'were', 'had', 'did'];

/** Present forms of the primary auxiliaries, which the tagger may leave without a tense ("has been determined"). */
export const PRESENT_AUXILIARIES: readonly string[] = ['is', 'are', 'am', 'has', 'have', 'does', 'do'];

/** Prepositions of a time that ends a state (Quirk § 9.38): with a present state, the day named lies ahead. */
export const UNTIL_PREPOSITIONS: readonly string[] = ['until', 'till'];

/**
 * Verbs of transitional events whose simple present tells a scheduled future (Quirk § 4.21, the "futurate" present
 * with verbs of motion, beginning and ending: "the season opens on Saturday", "the ferry leaves at noon"; Leech,
 * Meaning and the English Verb, § 98). Other verbs in the simple present tell the moment of speaking ("the spa notes
 * the decision of Wednesday") and leave a weekday in the past.
 */
export const FUTURATE_VERBS: readonly string[] = [
  'arrive', 'come', 'go', 'leave', 'depart', 'return', 'sail', 'fly', 'begin', 'start', 'commence', 'end', 'finish',
  'close', 'open', 'reopen', 'resume', 'restart', 'launch', 'kick', 'run', 'take', 'meet', 'play', 'race', 'visit',
];

/**
 * Subordinators of time whose clause takes a present tense for a future event when its main clause looks ahead
 * ("will start once the money has been raised": Quirk et al. 1985, § 14.21, the present in temporal clauses).
 */
export const FUTURE_TIME_SUBORDINATORS: readonly string[] = ['when', 'once', 'after', 'before', 'until', 'till', 'whenever'];

/** Verbs of intending that, before "to" + a verb, look ahead as the future modals do ("plans to reopen", "hopes to start"). */
export const LOOKING_AHEAD_VERBS: readonly string[] = ['plan', 'hope', 'intend', 'expect', 'aim', 'want', 'propose', 'promise'];
