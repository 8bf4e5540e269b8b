/**
 * States that hold while an event is still to come, said of one thing ("the treaty is still under negotiation", "the
 * suspect remains at large"), each with the acts that end it ("the treaty was signed", "the suspect was arrested"). A
 * claim that the state holds now and a claim that the ending act happened disagree about where things stand.
 *
 * Sources: the FrameNet 1.7 frames that a state phrase evokes and the frames that follow them (the "precedes" /
 * "is preceded by" relations): Discussion (negotiation, talks) → Make_agreement_on_action; Assessing and Scrutiny
 * (review, consideration, investigation) → Deny_or_grant_permission, Verdict and Cause_to_end; Fleeing and
 * Being_located's negation (at large, on the run, missing: WordNet 3.1 "at_large" r.01 "not caught", "missing"
 * s.01 "not able to be found") → Locating, Arrest and Cause_confinement; Being_detained / Imprisonment (in custody,
 * held hostage, in captivity) → Releasing; held fast where one cannot leave (WordNet 3.1 aground s.01 "stuck on the
 * ground; of a ship", stuck s.01 "caught or fixed", trapped s.01, stranded s.01 "left helpless") → Rescuing and
 * Releasing, with refloat v.01 ("set afloat again") and dislodge v.01 ("remove or force out from a position"). Phrases lower-case, matched as whole words; acts are lemmas, compared
 * by Porter stem.
 */

/** How a negotiation ends (FrameNet Make_agreement_on_action, and a negotiation's collapse). */
const NEGOTIATION_ENDS: readonly string[] = [
  'agree', 'sign', 'conclude', 'finalize', 'finalise', 'seal', 'clinch', 'settle', 'reach', 'ratify', 'collapse', 'abandon',
];

/** How an assessment ends (FrameNet Deny_or_grant_permission, Deciding): granted, refused or blocked. */
const ASSESSMENT_ENDS: readonly string[] = [
  'approve', 'reject', 'clear', 'grant', 'deny', 'refuse', 'authorize', 'authorise', 'license', 'certify', 'accept',
  'block', 'veto', 'sign', 'ratify', 'ban', 'dismiss', 'uphold', 'overturn',
];

/** How an investigation ends (FrameNet Cause_to_end; Verdict; Notification_of_charges). */
const INVESTIGATION_ENDS: readonly string[] = ['close', 'conclude', 'end', 'drop', 'solve', 'clear', 'exonerate', 'charge', 'shelve'];

/** How a search for one not yet found ends (FrameNet Locating, with WordNet 3.1 recover v.01 "get or find back"; Arrest, Cause_confinement, Rescuing). */
const SEARCH_ENDS: readonly string[] = ['find', 'locate', 'trace', 'recover', 'catch', 'capture', 'arrest', 'apprehend', 'detain', 'rescue'];

/** How a confinement ends (FrameNet Releasing, Escaping, Rescuing). */
const CONFINEMENT_ENDS: readonly string[] = ['free', 'release', 'liberate', 'escape', 'rescue', 'pardon'];

/** How being held fast ends (FrameNet Rescuing, Releasing; WordNet 3.1 refloat v.01, dislodge v.01, extricate v.01). */
const HELD_FAST_ENDS: readonly string[] = ['refloat', 'free', 'dislodge', 'rescue', 'release', 'extricate', 'salvage'];

/**
 * How a rule or measure in force stops being in force: WordNet 3.1 revoke v.02 ("cancel officially": revoke, annul,
 * lift, countermand, repeal, overturn, rescind, vacate), cancel v.01 ("declare null and void"), FrameNet 1.7
 * Cause_to_end (end, scrap) and Activity_pause (suspend).
 */
const IN_FORCE_ENDS: readonly string[] = ['lift', 'revoke', 'annul', 'countermand', 'repeal', 'overturn', 'rescind', 'vacate', 'cancel', 'end', 'scrap', 'suspend'];

/**
 * How holding an office ends: FrameNet 1.7 Quitting (quit, resign, leave, step down, retire), Firing (fire, dismiss,
 * sack, oust, remove) and Change_of_leadership (depose, topple, overthrow, replace).
 */
const OFFICE_ENDS: readonly string[] = ['resign', 'quit', 'leave', 'retire', 'fire', 'dismiss', 'sack', 'oust', 'remove', 'depose', 'topple', 'overthrow', 'replace'];

/**
 * How being in operation ends: FrameNet 1.7 Being_in_operation's end in Cause_to_end and Activity_stop (close, shut,
 * halt, stop, cease, suspend), and WordNet 3.1 decommission v.01, mothball v.01 ("take out of active service") and
 * withdraw v.06 ("remove from circulation"). "shut down" and "close down" reach "close" through the phrasal table.
 */
const OPERATION_ENDS: readonly string[] = ['close', 'shut', 'halt', 'stop', 'cease', 'suspend', 'decommission', 'mothball', 'withdraw', 'retire', 'scrap'];

/** How a strike ends (FrameNet 1.7 Strike's end: Activity_stop, Make_agreement_on_action; "return to work", "call off": cancel). */
const STRIKE_ENDS: readonly string[] = ['end', 'return', 'settle', 'cancel', 'suspend', 'stop', 'abandon'];

/**
 * Each state phrase, the acts that end it, and whether the one in the state may also end it as the doer ("the union
 * and the company are still in talks" / "… reached a deal"); otherwise only an act done to it ends it ("the suspect
 * remains at large" / "police arrested the suspect"). 'doer-itself': as the doer, only by ending the activity itself
 * (no object, or one of OWN_ACTIVITY_NOUNS: "the mill closed", "shut its doors"; "stopped its night shift" ends a part).
 */
export const PENDING_STATES: readonly (readonly [string, readonly string[], 'doer' | 'undergoer' | 'doer-itself'])[] = [
  ['under negotiation', NEGOTIATION_ENDS, 'undergoer'],
  ['being negotiated', NEGOTIATION_ENDS, 'undergoer'],
  ['in talks', NEGOTIATION_ENDS, 'doer'],
  ['in negotiations', NEGOTIATION_ENDS, 'doer'],
  ['under review', ASSESSMENT_ENDS, 'undergoer'],
  ['under consideration', ASSESSMENT_ENDS, 'undergoer'],
  ['being reviewed', ASSESSMENT_ENDS, 'undergoer'],
  ['being considered', ASSESSMENT_ENDS, 'undergoer'],
  ['pending', ASSESSMENT_ENDS, 'undergoer'],
  ['awaiting approval', ASSESSMENT_ENDS, 'undergoer'],
  ['under investigation', INVESTIGATION_ENDS, 'undergoer'],
  ['being investigated', INVESTIGATION_ENDS, 'undergoer'],
  ['at large', SEARCH_ENDS, 'undergoer'],
  ['on the run', SEARCH_ENDS, 'undergoer'],
  ['on the loose', SEARCH_ENDS, 'undergoer'],
  ['missing', SEARCH_ENDS, 'undergoer'],
  ['unaccounted for', SEARCH_ENDS, 'undergoer'],
  ['in custody', CONFINEMENT_ENDS, 'undergoer'],
  ['in detention', CONFINEMENT_ENDS, 'undergoer'],
  ['in captivity', CONFINEMENT_ENDS, 'undergoer'],
  ['held hostage', CONFINEMENT_ENDS, 'undergoer'],
  ['being held', CONFINEMENT_ENDS, 'undergoer'],
  ['behind bars', CONFINEMENT_ENDS, 'undergoer'],
  ['aground', HELD_FAST_ENDS, 'undergoer'],
  ['stuck', HELD_FAST_ENDS, 'undergoer'],
  ['trapped', HELD_FAST_ENDS, 'undergoer'],
  ['stranded', HELD_FAST_ENDS, 'undergoer'],
  // FrameNet 1.7 Being_in_effect ("in effect", "in force") and its "in place" of measures (Oxford Dictionary of English).
  ['in force', IN_FORCE_ENDS, 'undergoer'],
  ['in effect', IN_FORCE_ENDS, 'undergoer'],
  ['in place', IN_FORCE_ENDS, 'undergoer'],
  // FrameNet 1.7 Being_employed and Leadership ("in office", "in post", "in power"), Being_in_operation ("in operation",
  // "in service", "operational") and Strike ("on strike").
  ['in office', OFFICE_ENDS, 'doer'],
  ['in post', OFFICE_ENDS, 'doer'],
  ['in his post', OFFICE_ENDS, 'doer'],
  ['in her post', OFFICE_ENDS, 'doer'],
  ['in the post', OFFICE_ENDS, 'doer'],
  ['in his job', OFFICE_ENDS, 'doer'],
  ['in her job', OFFICE_ENDS, 'doer'],
  ['in power', OFFICE_ENDS, 'doer'],
  ['in operation', OPERATION_ENDS, 'doer-itself'],
  ['in service', OPERATION_ENDS, 'doer-itself'],
  ['operational', OPERATION_ENDS, 'doer-itself'],
  // The frame's verbs in the progressive ("the mill is still operating", "the shop is still trading").
  ['operating', OPERATION_ENDS, 'doer-itself'],
  ['trading', OPERATION_ENDS, 'doer-itself'],
  ['on strike', STRIKE_ENDS, 'doer-itself'],
];

/**
 * Nouns that name an activity as a whole, as the object of its ending: FrameNet 1.7 Being_in_operation and Businesses
 * (operation, business, service, production, trading), Strike (strike, action, walkout), and the idiom "close its
 * doors" ("cease trading", Oxford Dictionary of English, door).
 */
export const OWN_ACTIVITY_NOUNS: readonly string[] = ['operation', 'operations', 'business', 'service', 'services', 'production', 'trading', 'strike', 'action', 'walkout', 'door', 'doors'];

/**
 * Verbs that hold a state of their subject in the present (Quirk et al. 1985 § 16.21 on current copulas: be, remain,
 * stay), as written; a past form ("was at large") dates the state before the report and is left out.
 */
export const PRESENT_STATE_VERBS: readonly string[] = ['is', 'are', "'s", 'am', 'remain', 'remains', 'stay', 'stays', 'been'];

/** Adverbs that may stand between the verb and the state ("is still at large", "remains currently in custody"). */
export const STATE_ADVERBS: readonly string[] = ['still', 'now', 'currently', 'reportedly', 'apparently', 'believed', 'thought'];

/**
 * Past time adverbials of a year or more ago ("last year", "two years ago"): an ending dated so long before a state
 * said to hold now is an earlier occurrence, not this one's end (Quirk et al. 1985 § 8.55 on time-position adjuncts).
 */
export const DISTANT_PAST_PHRASES: readonly string[] = ['last year', 'a year ago', 'years ago', 'last decade', 'previous year', 'the year before'];

/**
 * Verbs that put a decision still to come ("a decision on the merger is expected next month", "a ruling is due"):
 * FrameNet 1.7 Expectation (expect, anticipate, await) and the predicative adjective due (WordNet 3.1 due s.01,
 * "scheduled to arrive"). Lemmas.
 */
export const EXPECTING_WORDS: readonly string[] = ['expect', 'anticipate', 'await', 'due'];

/**
 * Verbs that move a decision to a later time (FrameNet 1.7 Change_event_time: postpone, delay, defer, put off): "the
 * vote on the budget was postponed" leaves the decision still to come, as an expected one is. Lemmas.
 */
export const PUTTING_OFF_WORDS: readonly string[] = ['postpone', 'delay', 'defer'];

/**
 * Nouns of a decision taken by a count of votes (WordNet 3.1 vote n.01 "a choice that is made by counting the number
 * of people in favor of each alternative", a kind of choice n.02 under decision n.01; referendum n.01): lower case.
 */
export const VOTE_NOUNS: readonly string[] = ['vote', 'referendum', 'ballot'];

/** The acts that make a decision, a verdict or a ruling (FrameNet Verdict, Deny_or_grant_permission, Deciding). */
export const DECIDING_ACTS: readonly string[] = [...new Set([...ASSESSMENT_ENDS, 'rule', 'decide', 'convict', 'acquit', 'quash'])];

/**
 * Nouns for a dead person's body (WordNet 3.1: body n.02 "dead body", and the synset cadaver, corpse, stiff, clay,
 * remains n.01): "the pilot's body was recovered" or "the remains of two hikers were found" tell that the search for
 * the person has ended. Lower-case, as written.
 */
export const REMAINS_NOUNS: readonly string[] = ['body', 'bodies', 'remains', 'corpse', 'corpses', 'cadaver'];

/**
 * Verbs that tell a body was come upon or brought back (FrameNet Locating and Becoming_aware; WordNet 3.1 find v.03,
 * recover v.01, retrieve v.02, exhume v.01): "the climber's body was found" tells that the climber is dead. Lemmas.
 */
export const REMAINS_FINDING_VERBS: readonly string[] = ['find', 'recover', 'discover', 'retrieve', 'locate', 'identify', 'exhume', 'unearth'];
