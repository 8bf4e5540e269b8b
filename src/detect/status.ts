import {
  STATUS_AFFIRMED_STRENGTH,
  STATUS_DECIDED_STRENGTH,
  STATUS_NEGATED_STRENGTH,
  STATUS_REFUSED_STRENGTH,
} from '../lexicon/state-strengths.js';
import { stem } from '../extract/keys.js';
import { isUnknownAnswerCue } from '../extract/open-question.js';
import { ACTIVITY_START_VERBS, EPISTEMIC_ADJECTIVES } from '../lexicon/status-cues.js';
import { WAITING_VERBS } from '../lexicon/decider-words.js';
import { verbsOfNominalisation } from '../relate/wordnet.js';
import { decidedOn, processOutcome, underProcess } from '../match/process-outcome.js';
import { sameEvent, sharesEventStem } from '../match/same-event.js';
import type { Claim } from '../model/claim.js';
import type { Detector, DetectorHit } from './types.js';
import { roleMayBeNamed } from './roles.js';
import { actorsCompatible, isDecided, stateSpan } from './shared.js';
import { activityPhaseHit } from './activity-phase.js';
import { awaitedDecision, decisionByLightVerb, doer, negatedOpposite, planAbandoned, statedByFrame } from './status-readings.js';
import { sameName } from './actor.js';
import { sameVerb } from './event-readings.js';
import { stemsOnlyOfOtherVerbs } from './particles.js';
import { unconfirmedEventHit } from './unconfirmed.js';
import { pendingStateEnded } from '../relate/pending-states.js';
import { openMatterDecided } from './open-decision.js';
import { perClaim } from '../relate/per-claim.js';

const STRENGTH = {
  refused: STATUS_REFUSED_STRENGTH,
  negated: STATUS_NEGATED_STRENGTH,
  decided: STATUS_DECIDED_STRENGTH,
  affirmed: STATUS_AFFIRMED_STRENGTH,
} as const;

/**
 * One claim holds the proposition as pending (undecided, still under way) and the other as decided: refused,
 * ruled out, approved, completed. Weaker than polarity, but a real disagreement about where things stand.
 * Hedged decisions ("may have approved") do not settle anything and are left out.
 */
export const detectStatus: Detector = (a, b, context) => statusHit(a, b, context) ?? openMatterDecided(a, b, context.lexicon);

/** The readings of pending against decided; a decision left open on the story's unnamed matter comes last (open-decision.ts). */
const statusHit: Detector = (a, b, context) => {
  // "has not yet been issued" / "will be issued next week": "yet" expects the act, which the other side puts ahead.
  if (notYetThenWill(a, b) || notYetThenWill(b, a)) return null;
  const settled = planAbandoned(a, b, context.lexicon) ?? awaitedDecision(a, b, context.lexicon) ?? statedByFrame(a, b, context.lexicon) ?? activityPhaseHit(a, b, context.lexicon) ?? unconfirmedEventHit(a, b) ?? pendingStateHit(a, b);
  if (settled) return settled;
  const pendingA = a.proposition.state === 'pending';
  const pendingB = b.proposition.state === 'pending';
  if (pendingA === pendingB) return null;
  const [pending, other] = pendingA ? [a, b] : [b, a];
  // "It is not yet clear how they got there" asks about its clause: "they were cleared to travel" does not answer it.
  if (asksAboutItsClause(pending) && !answersTheClause(pending, other)) return null;
  // "did not reject the plan" stands with "accepted the plan": a negated opposite is no open question.
  if (negatedOpposite(pending, other, context.lexicon)) return null;
  // "made a decision to close the plant" is "decided to close the plant" ("has not yet decided whether to close it").
  const byLightVerb = decisionByLightVerb(pending, other, context.lexicon);
  if (byLightVerb) return pendingA ? byLightVerb : { ...byLightVerb, evidence: [byLightVerb.evidence[1], byLightVerb.evidence[0]] };
  const decided = isDecided(other, context.lexicon);
  // "It is not known whether the ferry sank" / "the ferry did not sink": not knowing is no claim that it did.
  if (decided === 'negated' && isUnknownAnswerCue(pending.proposition.stateCue?.text)) return null;
  // "is yet to comment" / "has not commented": a negated perfect says "not up to now", which is where pending stands.
  if (decided === 'negated' && negatedPerfect(other)) return null;
  // "has not yet been completed" / "is not finished": one act, not done up to now on both sides, told without a future.
  if (decided === 'negated' && notYetAndNot(pending, other)) return null;
  if (!decided || other.certainty.level === 'doubted' || other.certainty.level === 'refuted') return null;
  // "is still functioning" / "is functioning": the same activity told under way on both sides, no decision either way.
  if (decided === 'affirmed' && underWayToo(pending, other)) return null;
  // "is investigating the cause" / "has begun an investigation": the process started is the process under way.
  if (decided === 'affirmed' && startedToo(pending, other)) return null;
  // An outcome of the pending process ("still assessing" / "approved") is a decision stated as made.
  const outcome = processOutcome(pending, other, context.lexicon);
  // "have not yet broken out" / "broke the lock": one stem, two verbs (a phrasal verb and its bare verb) are no one event.
  const otherVerbs = stemsOnlyOfOtherVerbs(pending, other, context.lexicon);
  const sharedStem = sharesEventStem(pending, other) && !otherVerbs;
  // "the delay in reaching a deal" / "agreed on the budget": one act in other words is the same event.
  if (!outcome && (otherVerbs || !sameEvent(pending, other)) && context.synonymousPredicates !== true) return null;
  // A plain affirmation states a decision only as the outcome of the pending process or as the same act completed
  // ("still negotiating" / "negotiated", "has not yet decided" / "made a decision"); the same activity reported again ("fighting is ongoing" / "fierce fighting
  // has been reported") or another act on the same theme says nothing of where things stand.
  if (decided === 'affirmed' && !outcome && !sharedStem && context.sameAct !== true) return null;
  const actors = actorsCompatible(a, b, context.lexicon.aliases) || roleMayBeNamed(a.proposition.actor, b.proposition.actor, context.lexicon.roleTitles) || sameDoer(a, b, context.lexicon.aliases);
  // "is still waiting for a decision on its licence" / "the council granted the café a licence": the applicant waits, the decider acts.
  if (!actors && !undergoerAsSubject(pending, other, outcome) && !(outcome && awaits(pending) && decidedOn(pending, other))) return null;
  const strength = decided === 'affirmed' && (outcome || sharedStem) ? STATUS_DECIDED_STRENGTH : STRENGTH[decided];
  return {
    kind: 'status',
    strength,
    evidence: [stateSpan(a), stateSpan(b)],
    detail: `pending vs ${decided === 'affirmed' ? 'decided' : decided}`,
  };
};

const EPISTEMIC: ReadonlySet<string> = new Set(EPISTEMIC_ADJECTIVES);

/** The pending claim's predicate is an adjective of knowledge ("not yet clear", "unknown"): its question is its clause. */
function asksAboutItsClause(pending: Claim): boolean {
  return EPISTEMIC.has(pending.proposition.predicate?.lemma.toLowerCase() ?? '');
}

/** The other claim's act is one of the verbs of the pending claim's clause ("how they reached it" / "they reached it"). */
function answersTheClause(pending: Claim, other: Claim): boolean {
  const act = other.proposition.predicate?.lemma;
  return act !== undefined && (pending.proposition.events ?? []).some((e) => stem(e.toLowerCase()) === stem(act.toLowerCase()));
}

/** "has not yet been issued", "is yet to be signed", "hasn't yet opened": "not yet" right before the act itself. */
const NOT_YET_ACT = /\b(?:(?:has|have|had)\s+not\s+yet|(?:hasn['’]t|haven['’]t|hadn['’]t)\s+yet|(?:is|are|was|were)\s+yet\s+to)\s+(?:be\s+|been\s+)?$/i;
/** "will be issued", "will issue", "is due to be signed", "is expected to open": the act put ahead. */
const WILL_ACT = /\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|going)\s+to|(?:is|are)\s+to)\s+(?:be\s+)?$/i;

/** The words of a claim up to its predicate. */
function beforePredicate(claim: Claim): string {
  const predicate = claim.proposition.predicate;
  return predicate ? claim.text.slice(0, predicate.span.start - claim.span.start) : '';
}

/**
 * The pending side says the act has not yet been done ("has not yet been issued") and the other that the same act will
 * be done ("will be issued next week"): "yet" expects the act (Quirk et al. 1985, § 8.92), so the two agree. A
 * decision still open ("has not yet decided whether to attend" / "will attend") is not this: its act is the decision.
 */
function notYetThenWill(pending: Claim, other: Claim): boolean {
  const [p, o] = [pending.proposition.predicate, other.proposition.predicate];
  if (!p || !o || p.lemma.toLowerCase() !== o.lemma.toLowerCase() || other.proposition.negated) return false;
  return notYetActed(pending) && willAct(other);
}

/** Whether the words before the predicate end in "has not yet (been)" / "will (be)", once per claim: pairs ask both ways. */
const notYetActed = perClaim((c: Claim): boolean => NOT_YET_ACT.test(beforePredicate(c)));
const willAct = perClaim((c: Claim): boolean => WILL_ACT.test(beforePredicate(c)));

/** "have not (publicly) commented", "hasn't been found", "had never been told" (Quirk et al. § 4.22: up to now). */
const NEGATED_PERFECT = /\b(?:has|have|had)\s+(?:not|never)\b|\b(?:hasn['’]t|haven['’]t|hadn['’]t)\b/i;

/** The claim's negation sits on a perfect: the words up to its predicate hold "has not", "haven't" … */
function negatedPerfect(claim: Claim): boolean {
  const end = claim.proposition.predicate ? claim.proposition.predicate.span.end - claim.span.start : claim.text.length;
  return NEGATED_PERFECT.test(claim.text.slice(0, end));
}

/**
 * The decided side names as its subject what the pending side acts on, by the causative alternation (Levin 1993,
 * § 1.1.2): "has not decided whether to reopen the library" / "the library reopened". Only for the same act or an
 * outcome of the pending process.
 */
const WAITING: ReadonlySet<string> = new Set(WAITING_VERBS);
const awaits = (pending: Claim): boolean => WAITING.has(pending.proposition.predicate?.lemma.toLowerCase() ?? '');

function undergoerAsSubject(pending: Claim, other: Claim, outcome: boolean): boolean {
  // "the licence is under review" / "the council revoked the licence": what is under the process is what the outcome acts on.
  if (outcome && underProcess(pending) && pending.proposition.actor !== undefined && pending.proposition.actor.key === other.proposition.theme?.key) return true;
  const theme = pending.proposition.theme?.key;
  if (theme === undefined || theme !== other.proposition.actor?.key) return false;
  return outcome || sharesEventStem(pending, other);
}

/** A thing still in a waiting state against the act that ends it ("remains at large" / "was arrested"): relate/pending-states.ts. */
function pendingStateHit(a: Claim, b: Claim): DetectorHit | null {
  const ended = pendingStateEnded(a, b);
  return ended ? { kind: 'status', strength: STATUS_DECIDED_STRENGTH, evidence: [...ended.evidence], detail: ended.detail } : null;
}

/** A verb told in the progressive ("is functioning", "are continuing"): an activity under way, not one completed. */
const PROGRESSIVE = /ing$/i;

/**
 * The decided side tells the pending side's own activity in the progressive, without negation ("still functioning" /
 * "is functioning"): under way on both sides (Quirk et al. 1985, § 4.26: the progressive of an activity in progress).
 */
function underWayToo(pending: Claim, other: Claim): boolean {
  const [p, o] = [pending.proposition.predicate, other.proposition.predicate];
  // "has yet to cast a bell" / "started casting bells": an act not yet done is no activity under way, whatever the other's form.
  if (!p || !o || other.proposition.negated || !PROGRESSIVE.test(o.text.trim()) || !PROGRESSIVE.test(p.text.trim())) return false;
  return stem(p.lemma.toLowerCase()) === stem(o.lemma.toLowerCase());
}

const STARTING: ReadonlySet<string> = new Set(ACTIVITY_START_VERBS);

/**
 * The decided side starts the pending side's own process, named by its noun ("is investigating" / "has begun an
 * investigation", "launched a review"): FrameNet Activity_start says the activity is under way, no outcome of it.
 */
function startedToo(pending: Claim, other: Claim): boolean {
  const [p, o] = [pending.proposition.predicate, other.proposition];
  const head = o.theme?.text.trim().split(/\s+/).at(-1)?.toLowerCase();
  if (!p || !o.predicate || head === undefined || !STARTING.has(o.predicate.lemma.toLowerCase())) return false;
  const process = stem(p.lemma.toLowerCase());
  return stem(head) === process || verbsOfNominalisation(head).some((v) => stem(v) === process);
}

/** A pronoun subject stands for the one who says it: "the ministry said we are still seeking …" / "the ministry established …". */
function sameDoer(a: Claim, b: Claim, aliases: ReadonlyMap<string, string>): boolean {
  const [x, y] = [doer(a), doer(b)];
  return x !== undefined && y !== undefined && (x !== a.proposition.actor?.text.trim() || y !== b.proposition.actor?.text.trim()) && sameName(x, y, aliases);
}

/** A pending negation ("not yet", "still not") on its own predicate: the act is not done up to now. */
const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'n’t']);
const STILL_OPEN: ReadonlySet<string> = new Set(['yet', 'still']);
const CUE_WORD = /[\p{L}'’]+/gu;
function notYet(cue: string): boolean {
  const words = (cue.toLowerCase().match(CUE_WORD) ?? []).map((w) => (w.endsWith("n't") || w.endsWith('n’t') ? "n't" : w));
  return words.some((w) => NEGATORS.has(w)) && words.some((w) => STILL_OPEN.has(w));
}
/** Words that put a negated act in the future or a wish ("will not", "won't", "would not"): a refusal to come. */
const FUTURE_NEGATION = /\b(?:will|would|shall|won['’]t|wouldn['’]t|going\s+to)\b/i;

/**
 * The pending side says its own act is not done yet and the other says the same act (one verb or WordNet synonyms:
 * "completed" / "finished") is not done, told without a future: the two agree (Quirk et al. 1985 § 4.22 on the perfect
 * of "up to now"). "will not sign" is a decision against signing and still clashes with "has not yet signed".
 */
function notYetAndNot(pending: Claim, other: Claim): boolean {
  const [p, o] = [pending.proposition, other.proposition];
  if (!p.predicate || !o.predicate || !p.stateCue || !notYet(p.stateCue.text)) return false;
  if (FUTURE_NEGATION.test(other.text.slice(0, o.predicate.span.start - other.span.start))) return false;
  return sameVerb(p.predicate.lemma.toLowerCase(), o.predicate.lemma.toLowerCase(), true);
}
