/**
 * Cues that a proposition is pending (undecided) rather than decided.
 * Sources: aspectual and modal particles in Quirk et al. (1985) §§ 4.29–4.36 (progressive, "yet", "still"),
 * the FactBank factuality scheme (Saurí & Pustejovsky 2009) for undecided/underspecified events, and the
 * status-verb class of decision predicates in Levin, "English Verb Classes and Alternations" (1993).
 */

/**
 * Verbs that wrap an inner proposition as a decision about it: "confirm [attendance]", "decide [to attend]"; with the
 * question-embedding verbs of finding out that settle a whether-question by their that-clause (Karttunen 1977, "Syntax
 * and semantics of questions": establish, verify, ascertain), "has established that the ship carried arms".
 */
export const STATUS_VERBS: readonly string[] = [
  'confirm', 'decide', 'agree', 'commit', 'announce', 'finalize', 'finalise', 'approve', 'accept', 'complete',
  'settle', 'determine', 'resolve', 'sign', 'clear', 'rule', 'make up', 'establish', 'verify', 'ascertain',
];

/**
 * Adjectives of knowledge and certainty that take an extraposed wh- or whether-clause ("it is not yet clear how …",
 * "it is unknown whether …"; Quirk et al. 1985, ch. 16 on adjective complementation; FactBank's predicates of
 * uncertainty, Saurí & Pustejovsky 2009): the open question is the clause they take, not an act of their own.
 */
export const EPISTEMIC_ADJECTIVES: readonly string[] = [
  'clear', 'unclear', 'known', 'unknown', 'certain', 'uncertain', 'sure', 'unsure', 'evident', 'obvious', 'apparent',
];

/**
 * Participles of verbs of knowing and finding out that take a whether-clause in the passive ("it is not known whether …",
 * "it was not confirmed whether …", "unconfirmed whether …"): Karttunen 1977, "Syntax and semantics of questions", on
 * question-embedding verbs (know, confirm, establish, determine, verify); negated, they leave the question open.
 */
export const EPISTEMIC_PARTICIPLES: readonly string[] = [
  'confirmed', 'established', 'determined', 'verified', 'ascertained', 'unconfirmed', 'unverified', 'undetermined',
];

/** Words that, with a negated or progressive status verb, mark the decision as still open. */
export const PENDING_ADVERBS: readonly string[] = ['yet', 'still', 'so far', 'as yet', 'not yet'];

/** Lemmas of verbs and phrases that describe an open, undecided state by themselves. */
export const PENDING_VERBS: readonly string[] = [
  'consider', 'weigh', 'mull', 'negotiate', 'discuss', 'review', 'study', 'explore', 'evaluate', 'assess',
  'deliberate', 'ponder', 'debate', 'examine', 'investigate', 'probe', 'scrutinize', 'scrutinise', 'audit', 'consult',
];

/** Phrases that mark an undecided state without a verb: "undecided", "pending", "under review". */
export const PENDING_PHRASES: readonly string[] = [
  'undecided', 'pending', 'under review', 'under consideration', 'up in the air', 'to be decided', 'unclear whether',
  'not clear whether', 'no decision', 'has yet to', 'have yet to', 'had yet to', 'is yet to', 'are yet to',
  'was yet to', 'were yet to', 'remains to be seen', 'open question', 'in talks', 'in negotiations', 'under way',
  'underway', 'ongoing', 'reserved judgment', 'reserved judgement', 'reserved its judgment', 'reserved its judgement',
  'deferred a decision', 'deferred its decision', 'postponed a decision', 'postponed its decision',
  'remain unclear', 'remain uncertain', 'remain unknown', 'remain unresolved',
  // An indirect question under a verb of deciding or inquiring is not asserted (Karttunen 1977, "Syntax and
  // semantics of questions"; FactBank's underspecified events): "still deciding whether to seek a warrant".
  'decide whether', 'decides whether', 'deciding whether', 'considering whether', 'weighing whether', 'investigating whether', 'examining whether',
  'assessing whether', 'looking into whether', 'information on whether', 'to determine whether', 'to establish whether',
  // Inability so far to state an outcome (Quirk et al. 1985, § 3.49 on "be able to" and its idiomatic equivalents).
  'not in a position to', 'in no position to',
  // An obligation said still to stand leaves its act undone ("still has to be ratified", "is still to be signed";
  // Quirk § 4.54 on "have to", § 3.45 on "be to", with "still" of continuing time, § 8.82).
  'still has to', 'still have to', 'still had to', 'still needs to', 'still need to', 'still needed to', 'still must',
  'is still to be', 'are still to be', 'was still to be', 'were still to be',
];

/** Downtoners of partial degree (Quirk § 8.104): "partly repaid the loan" leaves the action unfinished. */
export const PARTIAL_ADVERBS: readonly string[] = ['partly', 'partially', 'in part'];

/** Words that mark a decided or completed state: "has already approved", "the deal was completed". */
export const DECIDED_CUES: readonly string[] = [
  'already', 'completed', 'finalized', 'finalised', 'signed', 'sealed', 'done', 'approved', 'confirmed', 'agreed',
  'decided', 'settled', 'concluded', 'announced',
];

/**
 * Words saying a state still holds ("is still closed", "remains in custody", "continues to hold"): against the act
 * that ends it ("reopened", "was freed") the two disagree on where things stand, a status clash.
 * Sources: "still" as the continuative aspect adverb (Quirk et al. 1985, § 8.141); the continuative aspectual verbs
 * remain, stay, continue (Freed, The Semantics of English Aspectual Complementation, 1979).
 */
export const PERSISTENCE_CUES: readonly string[] = [
  'still', 'remain', 'remains', 'remained', 'remaining', 'stay', 'stays', 'stayed', 'continue', 'continues', 'continued', 'continuing',
];

/**
 * Verbs of intending or scheduling an act not yet done ("plans to close the market"). Source: the lexical units of
 * FrameNet 1.7's Purpose frame (plan, intend, aim, mean, propose) and Scheduling frame (schedule, set).
 */
export const PLAN_VERBS: readonly string[] = ['plan', 'intend', 'aim', 'mean', 'propose', 'schedule'];

/**
 * Verbs that give up a planned act ("dropped its plan to close the market", "scrapped the merger"). Source: the
 * synonyms of "abandon" (a plan) and "cancel" in the Oxford Thesaurus of English: drop, abandon, scrap, shelve,
 * cancel, call off, axe, ditch, jettison, withdraw.
 */
export const ABANDON_VERBS: readonly string[] = ['drop', 'abandon', 'scrap', 'shelve', 'cancel', 'call off', 'axe', 'ditch', 'jettison', 'withdraw'];

/**
 * Verbs of waiting for a decision or event still to come ("is still awaiting approval"). Source: the lexical units
 * of FrameNet 1.7's Waiting frame (await, wait).
 */
export const AWAIT_VERBS: readonly string[] = ['await', 'wait'];

/**
 * Verbs that say an organised event will not happen as arranged: cancelled (the cancelling synonyms of ABANDON_VERBS,
 * Oxford Thesaurus of English) or moved to a later time (FrameNet 1.7's Change_event_time frame: postpone, delay,
 * defer, put off). Against a claim that the event happened they disagree about whether it did.
 */
export const CALLED_OFF_VERBS: readonly string[] = ['cancel', 'call off', 'scrap', 'axe', 'abandon', 'postpone', 'delay', 'defer'];
/**
 * Called-off verbs that may stop an event already under way (Oxford Dictionary of English, abandon: "(of a sporting or
 * other event) cease before it is finished"; WordNet 3.1 abort v.02 "terminate before completion"): against an account
 * of the event in progress ("was taking place") they agree, since the progressive does not say the event was completed
 * (Dowty 1979, the imperfective paradox).
 */
export const STOPPED_PARTWAY_VERBS: readonly string[] = ['abandon', 'abort'];

/** Of those, the ones that name a new time: with a date, the date may be the new one ("postponed until June 5"). */
export const RESCHEDULING_VERBS: readonly string[] = ['postpone', 'delay', 'defer'];

/**
 * Verbs saying an arranged event went ahead, besides FrameNet's Event frame (lexicon/event-frames.ts): proceed, which
 * "go ahead" means (WordNet 3.1 go_ahead: "proceed (with a plan of action)"), and the event's own start (FrameNet 1.7
 * Process_start: begin, start, commence), since what began was not called off before it began ("the strike will begin
 * on Monday" / "the strike was called off").
 */
export const PROCESS_START_VERBS: readonly string[] = ['begin', 'start', 'commence'];
export const GOING_AHEAD_VERBS: readonly string[] = ['proceed', ...PROCESS_START_VERBS];
/** Verbs that start an activity named by their object ("launched an inquiry"): FrameNet 1.7 Activity_start. */
export const ACTIVITY_START_VERBS: readonly string[] = [...PROCESS_START_VERBS, 'launch', 'initiate'];

/**
 * Verbs saying an activity goes on (FrameNet 1.7 Activity_ongoing lexical units: continue, proceed, carry on, go on,
 * keep on). Against a claim that the same activity was stopped or paused they disagree on where it stands. Resuming
 * is left out: "suspended …, resumed …" is a sequence, not a clash. Read through `lexicon.tables['status-cues']`.
 * @public
 */
export const ONGOING_VERBS: readonly string[] = ['continue', 'proceed', 'carry on', 'go on', 'keep on'];

/**
 * Verbs saying an activity was stopped or paused: FrameNet 1.7 Activity_stop (stop, halt, cease, discontinue, quit,
 * terminate, break off) and Activity_pause (pause, suspend, freeze). The cancelling verbs are CALLED_OFF_VERBS. Read
 * through `lexicon.tables['status-cues']`.
 * @public
 */
export const STOPPING_VERBS: readonly string[] = ['stop', 'halt', 'cease', 'discontinue', 'quit', 'terminate', 'break off', 'pause', 'suspend', 'freeze'];

/**
 * Verbs saying an activity came to its end: FrameNet 1.7 Activity_finish (end, finish, conclude, complete, wrap up).
 * Read through `lexicon.tables['status-cues']`.
 * @public
 */
export const FINISHING_VERBS: readonly string[] = ['end', 'finish', 'conclude', 'complete', 'wrap up'];

/**
 * Adjectives that leave an event noun unconfirmed: "an unconfirmed explosion", "unverified reports of a shooting".
 * Source: FactBank's factuality scheme (Saurí & Pustejovsky 2009), where such modifiers mark an event as underspecified
 * (neither asserted nor denied); the un- adjectives of verify, confirm and corroborate (WordNet 3.1 adjective satellites).
 */
export const UNCONFIRMED_MODIFIERS: readonly string[] = ['unconfirmed', 'unverified', 'uncorroborated'];

/**
 * Nouns of hearsay that carry an event in an of-phrase ("unconfirmed reports of a blast") or a told story ("reports she
 * took it are lies"). Source: the lexical units of FrameNet 1.7's Statement and Gossip frames (report, claim, account,
 * rumour, word) and of its Text frame's story.
 */
export const HEARSAY_NOUNS: readonly string[] = [
  'report', 'reports', 'claim', 'claims', 'account', 'accounts', 'rumour', 'rumours', 'rumor', 'rumors', 'word', 'news',
  'story', 'stories',
];
