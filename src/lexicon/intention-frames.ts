/**
 * Frames that deny an intended event named by a noun, and frames that assert an event named by a noun has begun.
 *
 * Sources: FrameNet 1.7 (Ruppenhofer et al. 2016). Purpose frame: the nouns plan, intention, proposal, aim ("has no
 * plans for a ban" denies the intention, and with it the ban: Karttunen 1971 on negated intention passing to its
 * complement); Cogitation frame: the verbs consider, contemplate, weigh, ponder, mull ("is not considering a ban");
 * Purpose frame's verbs plan, intend ("is not planning a ban"). Process_start frame: begin, start, commence ("a ban will
 * begin" asserts the ban). Lemmas, lower case.
 */

/** Nouns of intention whose "for"/"of" complement names the intended event: "no plans for a ban", "no intention of a sale". */
export const INTENTION_NOUNS: readonly string[] = ['plan', 'intention', 'proposal', 'aim'];

/** Prepositions that link an intention noun to the event it intends. */
export const INTENTION_LINKS: readonly string[] = ['for', 'of'];

/** Verbs of deliberating or planning whose object names an event; negated, they deny intending it. */
export const DELIBERATION_VERBS: readonly string[] = ['consider', 'contemplate', 'weigh', 'ponder', 'mull', 'plan', 'intend'];

/** Verbs of an event's start whose subject names the event: "a hosepipe ban will begin", "the strike started". */
export const ONSET_LEMMAS: readonly string[] = ['begin', 'start', 'commence'];

/**
 * Nouns whose to-infinitive complement names the act proposed, asked for or tried: "rejected a plan to close the site",
 * "turned down a bid to buy the club", "rejected calls to resign". FrameNet 1.7: Purpose (plan, proposal), Request
 * (call, request, motion, application), Attempt (bid, attempt), Intentionally_act (move), Offering (offer). A refusal
 * of one refuses the act itself.
 */
export const PROPOSAL_NOUNS: readonly string[] = [
  'plan', 'plans', 'proposal', 'proposals', 'call', 'calls', 'request', 'requests', 'motion', 'application', 'bid', 'bids',
  'attempt', 'attempts', 'move', 'offer', 'offers',
];

