/**
 * Verbs whose subject is an event and which say only that it began or ended, and the time prepositions that date the
 * same phase. "The strike will begin on Monday" dates the strike's onset, as "will stage a strike from Friday" does;
 * "the demolition will be completed by June" dates its end, as "will demolish the stadium by March" does.
 *
 * Sources: Levin (1993), English Verb Classes and Alternations, § 55.1 (Begin verbs) and § 55.2 (Complete verbs),
 * split by the phase they name (Freed 1979, The Semantics of English Aspectual Complementation: onset vs. termination);
 * the verbs of going on (continue, proceed, resume, keep) are left out, since they date no boundary of the event. Time
 * prepositions: Quirk et al. (1985) §§ 9.41–9.44 ("from": the starting point; "by": the latest time of completion;
 * "until": the end point). Verb lemmas; prepositions lower-case, a two-word entry joined with a space.
 */
export const ONSET_VERBS: readonly string[] = ['begin', 'start', 'commence', 'initiate'];
export const END_VERBS: readonly string[] = ['end', 'finish', 'complete', 'conclude', 'cease', 'stop', 'terminate', 'discontinue'];
/**
 * Aspectual verbs, whose subject may be the activity itself ("Dredging resumed on Monday", "Drilling has not
 * restarted"): Levin (1993) § 55.1 (Begin verbs, with the verbs of going on) and § 55.2 (Complete verbs), with
 * "restart" and "halt" (WordNet 3.1 restart v.01, halt v.02 "cause to stop"). Verb lemmas.
 */
export const ASPECTUAL_VERBS: readonly string[] = [...ONSET_VERBS, ...END_VERBS, 'continue', 'proceed', 'resume', 'restart', 'repeat', 'halt'];
/**
 * Aspectual verbs of onset and going on whose "-ing" complement is an event that takes place ("has started casting
 * bells", "kept selling tickets", "resumed pumping"; Freed 1979 ch. 3: onset and continuation entail that the event
 * occurs, termination does not — "stopped casting"). Verb lemmas.
 */
export const EVENT_ASSERTING_ASPECTUALS: readonly string[] = [...ONSET_VERBS, 'continue', 'resume', 'keep'];
/** Prepositions that date an event's start ("from Friday", "as of Monday"). */
export const ONSET_PREPOSITIONS: readonly string[] = ['from', 'starting', 'beginning', 'as of', 'effective'];
/** Prepositions that date an event's end or the latest time it is done ("by June", "until March"). */
export const END_PREPOSITIONS: readonly string[] = ['by', 'until', 'till', 'before'];
/**
 * Additive adjuncts (Quirk et al. 1985 § 8.116: "also", "too", "as well", "likewise"): the clause adds one more
 * instance beside one already in view ("fighters were also battling forces in another town"), so an event noun said
 * to happen elsewhere need not be the event that clause tells.
 */
export const ADDITIVE_ADJUNCTS: readonly string[] = ['also', 'too', 'likewise', 'as well'];
/**
 * Verbs that stop a scheduled or begun event from taking place, said of the event noun as their object ("the launch of
 * the lifeboat was abandoned", "the vote on the timetable was scrapped"): WordNet 3.1 cancel v.01 {cancel, call off}
 * ("postpone indefinitely or annul something that was scheduled") and its troponyms scrub v.03 and scratch v.04,
 * abort v.02 ("terminate before completion"), abandon v.02 ("stop maintaining or insisting on; of ideas or claims",
 * its sense of giving up an undertaking), and scrap, axe (Oxford Dictionary of English: "abolish or cancel (a plan,
 * policy, or law)"). "call off" reaches "cancel" through the phrasal table. Lemmas.
 */
export const CANCELLING_VERBS: readonly string[] = ['cancel', 'scrub', 'scratch', 'abort', 'abandon', 'scrap', 'axe'];
/**
 * Verbs that move a scheduled event to a later time, said of the event noun as their object ("the reopening of the
 * lido was postponed"): WordNet 3.1 postpone v.01 {postpone, prorogue, hold over, put over, table, shelve, set back,
 * defer, remit, put off} ("hold back to a later time") and delay v.02 ("act later than planned, scheduled, or required";
 * the passive "was delayed" of delay v.01). The single-word lemmas in everyday news use; "put off" reaches "postpone"
 * through the phrasal table.
 */
export const POSTPONING_VERBS: readonly string[] = ['postpone', 'defer', 'delay', 'shelve'];
