/**
 * Processes and the outcomes that end them (event structure): a negotiation ends in an agreement, a signing or a
 * collapse; an assessment or review in an approval or a rejection; a judgment reserved in a ruling. A claim that the
 * process is still under way and a claim that one of its outcomes happened disagree about where things stand.
 *
 * Sources: FrameNet frames and the frames that follow them: Discussion (negotiate, talk, bargain, consult) →
 * Make_agreement_on_action; Assessing and Scrutiny (assess, examine) → Deny_or_grant_permission and Deciding; Scrutiny
 * of a standing thing (review, investigate, probe, audit, inspect) → those, Verdict, or the grant revoked; a debate (Discussion) on a measure → its passage;
 * Trial → Verdict; Deciding (decide, determine, choose; decision.n) for the open decisions; Seeking (search, hunt, look,
 * seek) → Locating (find, locate, trace) and the acts that need the sought one found: Arrest (arrest, apprehend) and
 * Cause_confinement / capture (catch, capture), and Rescuing (rescue); a Locating still pending ("have not yet been
 * located") is the search still under way. Lemmas, compared by Porter stem.
 */

/** How a negotiation ends: a deal made ("signed", "sealed", "agreed") or no deal ("collapsed", "broke down"). */
/**
 * How a negotiation over goods or a business ends when it succeeds: the transfer itself (FrameNet Commerce_buy:
 * buy, purchase; Commerce_sell: sell; Getting: acquire; Renting and Renting_out: lease, rent, let; Amalgamation: merge).
 * The party that negotiated is the one that buys, sells or leases, so the transfer answers the talks even when the
 * talks do not name what changes hands.
 */
export const COMMERCE_OUTCOMES: readonly string[] = ['buy', 'purchase', 'sell', 'acquire', 'lease', 'rent', 'let', 'merge'];

export const NEGOTIATION_OUTCOMES: readonly string[] = [
  'agree', 'sign', 'complete', 'conclude', 'finalize', 'finalise', 'seal', 'clinch', 'strike', 'settle', 'collapse',
  'fail', 'break', 'abandon', ...COMMERCE_OUTCOMES,
];

/** How an assessment, review or deliberation ends: permission granted or refused, a decision taken. */
export const ASSESSMENT_OUTCOMES: readonly string[] = [
  'approve', 'reject', 'clear', 'grant', 'deny', 'refuse', 'decline', 'authorize', 'authorise', 'license', 'certify',
  'accept', 'ban', 'decide', 'rule',
];

/**
 * How a debate on a measure ends: as an assessment does, or with the measure passed into law (WordNet 3.1 legislate
 * v.01 "make laws, bills, etc. or bring into effect by legislation": legislate, pass; enact v.01).
 */
export const DEBATE_OUTCOMES: readonly string[] = [...ASSESSMENT_OUTCOMES, 'pass', 'enact', 'legislate'];

/** How a vote ends: the measure passed or rejected, or a treaty ratified (WordNet 3.1 ratify v.01 "approve and express assent"). */
export const VOTE_OUTCOMES: readonly string[] = [...DEBATE_OUTCOMES, 'ratify'];

/** How a judgment held back ends: a ruling for or against. */
export const JUDGMENT_OUTCOMES: readonly string[] = [
  'rule', 'decide', 'dismiss', 'uphold', 'overturn', 'quash', 'grant', 'deny', 'reject', 'convict', 'acquit',
  'sentence',
];

/**
 * How a standing grant (a licence, a permit, an award) is undone: WordNet 3.1 revoke v.01 (revoke, annul, lift,
 * countermand, reverse, repeal, overturn, rescind, vacate), with withdraw in its sense of taking back a grant or offer.
 */
export const REVOKING_OUTCOMES: readonly string[] = [
  'revoke', 'annul', 'lift', 'countermand', 'reverse', 'repeal', 'overturn', 'rescind', 'vacate', 'withdraw',
];

/**
 * How a review or an investigation of a standing thing ends (FrameNet Scrutiny: review, investigate, probe, audit,
 * inspect): permission granted or refused or a decision taken, as an assessment ends; a complaint or an appeal upheld or
 * dismissed, as a judgment; a grant revoked or renewed; an event kept or cancelled.
 */
export const REVIEW_OUTCOMES: readonly string[] = [
  ...ASSESSMENT_OUTCOMES, ...JUDGMENT_OUTCOMES, ...REVOKING_OUTCOMES, 'renew', 'cancel', 'scrap', 'axe',
];

/** How a search ends: the sought one found, or caught, arrested or rescued, which needs it found. */
export const SEARCH_OUTCOMES: readonly string[] = [
  'find', 'locate', 'trace', 'catch', 'capture', 'arrest', 'apprehend', 'rescue',
];

/**
 * Verbs of ending, which end any process still under way that they act on or that is their subject: "the fire is still
 * burning" / "the fire was extinguished", "the investigation is ongoing" / "the investigation was closed". FrameNet 1.7
 * frames Cause_to_end (end, terminate, halt, stop), Process_end (end, finish, conclude, cease, complete, wrap up),
 * Activity_stop (stop, quit, abandon; "call off" reaches here as its one-word lemma, cancel), Cause_to_end's fire and
 * unrest uses (extinguish, quell, suppress) and closure (close, shut).
 */
export const ENDING_OUTCOMES: readonly string[] = [
  'end', 'terminate', 'halt', 'stop', 'finish', 'conclude', 'cease', 'complete', 'abandon', 'cancel', 'quit',
  'extinguish', 'quell', 'suppress', 'close', 'shut', 'wrap',
];

/**
 * How a wait ends: the awaited thing comes (FrameNet 1.7 Waiting, whose awaited event is Receiving: receive, get,
 * obtain; Giving and Delivery: grant, award, issue, give, hand, deliver, send; Arriving: arrive; Publishing and
 * Statement: publish, release, announce), or an awaited decision is taken (ASSESSMENT_OUTCOMES).
 */
export const WAITING_OUTCOMES: readonly string[] = [
  ...ASSESSMENT_OUTCOMES, 'receive', 'get', 'obtain', 'award', 'issue', 'give', 'hand', 'deliver', 'send', 'arrive', 'publish',
  'release', 'announce',
];

/** Each process predicate (lemma) with the outcomes that end it. */
export const PROCESS_OUTCOMES: Readonly<Record<string, readonly string[]>> = {
  negotiate: NEGOTIATION_OUTCOMES,
  talk: NEGOTIATION_OUTCOMES,
  discuss: NEGOTIATION_OUTCOMES,
  bargain: NEGOTIATION_OUTCOMES,
  haggle: NEGOTIATION_OUTCOMES,
  assess: ASSESSMENT_OUTCOMES,
  review: REVIEW_OUTCOMES,
  investigate: REVIEW_OUTCOMES,
  probe: REVIEW_OUTCOMES,
  audit: REVIEW_OUTCOMES,
  inspect: REVIEW_OUTCOMES,
  evaluate: ASSESSMENT_OUTCOMES,
  examine: ASSESSMENT_OUTCOMES,
  consider: ASSESSMENT_OUTCOMES,
  study: ASSESSMENT_OUTCOMES,
  weigh: ASSESSMENT_OUTCOMES,
  mull: ASSESSMENT_OUTCOMES,
  ponder: ASSESSMENT_OUTCOMES,
  deliberate: ASSESSMENT_OUTCOMES,
  consult: ASSESSMENT_OUTCOMES,
  wait: WAITING_OUTCOMES,
  await: WAITING_OUTCOMES,
  debate: DEBATE_OUTCOMES,
  vote: VOTE_OUTCOMES,
  scrutinize: ASSESSMENT_OUTCOMES,
  scrutinise: ASSESSMENT_OUTCOMES,
  reserve: JUDGMENT_OUTCOMES,
  search: SEARCH_OUTCOMES,
  hunt: SEARCH_OUTCOMES,
  look: SEARCH_OUTCOMES,
  seek: SEARCH_OUTCOMES,
  locate: SEARCH_OUTCOMES,
  find: SEARCH_OUTCOMES,
};

/** Decisions whose outcome is whatever they wrap: "decide whether to reopen the mine" ends in "reopened" or not. */
export const OPEN_DECISIONS: readonly string[] = ['decide', 'determine', 'choose'];

/** Nouns that make a pending claim an open decision by themselves: "no decision on whether to return the statue". */
export const DECISION_NOUNS: readonly string[] = ['decision', 'verdict', 'ruling', 'judgment', 'judgement'];
