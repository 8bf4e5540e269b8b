/**
 * Words that say who chose an act, as against who carried it out.
 *
 * DIRECTIVE_VERBS: verbs whose subject makes another do an act, from WordNet 3.0 order.v.01 (order, tell, enjoin),
 * command.v.02 (command, require), instruct.v.01 (instruct, direct), force.v.01 (force, coerce, pressure),
 * compel.v.01 (compel, oblige, obligate), impose.v.01 (impose, levy) and mandate.v.02. "Tell" orders only with an
 * infinitive after its hearer ("told the club to cancel"), never with a content clause.
 * DECISION_NOUNS: WordNet 3.0 decision.n.01 (decision, determination, conclusion) and choice.n.02.
 * DECISIVE_VERBS: the verbs that report a decision taken on a request or a standing matter, from FrameNet 1.7's frames
 * Grant_permission (grant, permit, authorise, approve), Deny_or_grant_permission (refuse, deny, forbid),
 * Respond_to_proposal (accept, reject, decline), Appointing (appoint, name) and Verdict (convict, acquit), with the
 * revoking verbs of WordNet 3.0 revoke.v.01 (revoke, annul, rescind, overturn, withdraw) and veto.v.01 (veto, blackball).
 * DEAL_NOUNS and DEALING_VERBS: the nouns of FrameNet 1.7's Make_agreement_on_action (agreement, deal, contract, pact,
 * accord) and the support verbs that make one (sign, reach, strike, conclude, finalise, agree).
 * DECIDING_LIGHT_VERBS: the support verbs of "decision" in FrameNet 1.7's Deciding frame (make, take, reach).
 * SELF_INITIATED: adverbials of volition (Quirk et al. 1985, § 8.92 subject-oriented subjuncts: "voluntarily",
 * "willingly", "of its own accord", "on its own initiative", "of its own volition").
 */
export const DIRECTIVE_VERBS: readonly string[] = [
  'order', 'tell', 'enjoin', 'command', 'require', 'instruct', 'direct', 'force', 'coerce', 'pressure', 'compel',
  'oblige', 'obligate', 'impose', 'mandate',
];

/** Directive verbs that order only with an infinitive after the hearer. */
export const INFINITIVE_ONLY_DIRECTIVES: readonly string[] = ['tell', 'require', 'direct', 'force', 'pressure', 'compel', 'oblige', 'obligate'];

export const DECISION_NOUNS: readonly string[] = ['decision', 'determination', 'choice'];

export const DECIDING_LIGHT_VERBS: readonly string[] = ['make', 'take', 'reach'];

export const DEAL_NOUNS: readonly string[] = ['agreement', 'deal', 'contract', 'pact', 'accord'];
export const DEALING_VERBS: readonly string[] = ['sign', 'reach', 'strike', 'conclude', 'finalise', 'finalize', 'agree'];

export const DECISIVE_VERBS: readonly string[] = [
  'grant', 'permit', 'authorise', 'authorize', 'approve', 'refuse', 'deny', 'forbid', 'accept', 'reject', 'decline',
  'appoint', 'name', 'convict', 'acquit', 'revoke', 'annul', 'rescind', 'overturn', 'withdraw', 'veto', 'blackball',
];

export const SELF_INITIATED_ADVERBS: readonly string[] = ['voluntarily', 'willingly', 'unprompted', 'unilaterally'];

/** The nouns of "of its own accord", "on its own initiative", "of their own volition", "of his own free will". */
export const SELF_INITIATED_NOUNS: readonly string[] = ['accord', 'initiative', 'volition', 'free will'];

/** Emphatic reflexives (Quirk et al. 1985, § 6.24): "the trustees themselves", "we cancelled it ourselves". */
export const EMPHATIC_REFLEXIVES: readonly string[] = ['itself', 'themselves', 'himself', 'herself', 'ourselves', 'myself', 'yourself', 'yourselves'];

/**
 * Giving up a post, a place or a thing of one's own will: WordNet 3.0 resign.v.01 ("leave a job, post, or position
 * voluntarily") and the leaving-a-post senses of quit, retire and withdraw (intransitive only: "withdrew from the
 * contest"), relinquish and surrender (give up), abdicate. "Step down", "hand back", "give up", "pull out" through
 * their particle.
 */
export const SELF_ENDING_VERBS: readonly string[] = ['resign', 'quit', 'retire', 'withdraw', 'relinquish', 'surrender', 'abdicate'];
/** Phrasal verbs of giving up (verb and particle): "stepped down", "handed back", "gave up", "pulled out". */
export const SELF_ENDING_PHRASALS: readonly (readonly [string, string])[] = [['step', 'down'], ['hand', 'back'], ['give', 'up'], ['pull', 'out']];

/**
 * Taking a post, a place or a thing away from its holder: WordNet 3.0 dismiss.v.04 (fire, sack, dismiss, terminate),
 * remove and oust (remove from office: oust, depose), expel, disqualify, revoke (revoke, rescind, annul) and strip
 * ("stripped of the title"); "stood down its coach" (transitive) through its particle; "withdrew the licence" when
 * it has an object.
 */
export const REMOVING_VERBS: readonly string[] = ['dismiss', 'fire', 'sack', 'terminate', 'remove', 'oust', 'depose', 'expel', 'disqualify', 'revoke', 'rescind', 'annul', 'strip'];

/**
 * Nouns of a decision awaited on a thing, with the prepositions of subject matter after them and the words of a verb
 * group that may come between ("no decision has yet been taken on the licence"). Sources: FrameNet 1.7 frames Deciding
 * (decision.n, determination.n) and Verdict (ruling.n, verdict.n, judgment.n); Quirk et al. (1985) § 9.56 ("about",
 * "on", "over" of subject matter); the auxiliaries and support verbs of "decision" (Deciding: make, take, reach).
 */
export const AWAITED_DECISION_NOUNS: readonly string[] = ['decision', 'ruling', 'verdict', 'judgment', 'judgement', 'determination'];
export const SUBJECT_MATTER_PREPOSITIONS: readonly string[] = ['on', 'about', 'over', 'regarding'];

/** Verbs of FrameNet 1.7's Waiting frame (await, wait): their subject awaits what another decides or does. */
export const WAITING_VERBS: readonly string[] = ['wait', 'await'];
export const DECISION_GROUP_WORDS: readonly string[] = ['has', 'have', 'had', 'is', 'was', 'were', 'be', 'been', 'yet', 'made', 'taken', 'reached', 'given'];
