import type { Span } from '../model/span.js';
import type { Claim } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { POLARITY_INNER_STRENGTH, POLARITY_STRENGTH } from '../lexicon/state-strengths.js';
import { ADDITIVE_AFTER_NO } from '../lexicon/polarity-cues.js';
import type { DetectContext, Detector, DetectorHit } from './types.js';
import { compatiblePhrases } from './actor.js';
import { negatesOnlyAPhrase } from './role-swaps.js';
import { phrasalVerbsApart } from './particles.js';
import { eventReadings, sameVerb, themesOverlap, type EventReading } from './event-readings.js';
import { optionToAct, underPossibilityModal } from './modality.js';
import { differentObjects } from './verb-objects.js';
import { actorsCompatible, confirmedVsDenied, isNegative, stateSpan, themesCompatible } from './shared.js';
import { callsOwnContentFalse } from './rebuttal.js';
import { deniedByRelatedVerb } from './related-predicates.js';
import { oppositeSides } from './sides.js';
import { negatedComplementHit } from './negated-complements.js';
import { oneTransferFromEitherSide } from './converse-sides.js';
import { outcomeDenied } from './outcome-denials.js';
import { existenceDenied } from './existence-denials.js';
import { negatedUntilADate } from './not-until.js';
import { groupsInOtherPlaces } from './restricted-groups.js';
import { claimWords } from '../relate/words.js';
import { perClaim } from '../relate/per-claim.js';
import { eventNounWords, futureVerbGroup } from '../relate/intended-events.js';
import { END_VERBS } from '../lexicon/event-phases.js';
import { datesClash } from '../match/dates.js';
import { dayNumber } from './temporal.js';
import { judgedApart } from './judgements.js';
import { kindDeniedMemberTold } from './denied-kinds.js';

/**
 * The same predicate held affirmatively by one claim and negatively by the other: "will attend" vs "will not
 * attend", "will sell" vs "has no plans to sell", "will attend" vs "refused to attend". Negation must scope over
 * the predicate (the proposition's state), not merely occur in the sentence. Pending claims are left to status.
 */
export const detectPolarity: Detector = (a, b, context) => {
  if (a.proposition.state === 'pending' || b.proposition.state === 'pending') return null;
  // A denial against a confirmation clashes on the reporting verbs: opposition (DESIGN.md). Any other denial is a negation here.
  if (confirmedVsDenied(a, b)) return null;
  // A report told only to be called false ("said reports she did it are lies", even "may be lies") puts nothing forward:
  // it is read by its truth value (truth-value.ts).
  if (tellsToRebut(a) || tellsToRebut(b)) return null;
  // "The deputy, not the mayor, opened it": the "not" sets a phrase aside and the clause stays affirmed (actor's case).
  if (negatesOnlyAPhrase(a) || negatesOnlyAPhrase(b)) return null;
  // "should not have performed it" judges an act, it does not deny it ("should have told them" even implies they were not told).
  if (underDeonticModal(a) || underDeonticModal(b)) return null;
  // "considered absent from duty" / "not considered a threat": two judgements of one thing, not one denied.
  if (judgedApart(a, b)) return null;
  if (isNegative(a) === isNegative(b)) return actDoneAndNot(a, b, context) ?? negatedComplementHit(a, b, context) ?? readingHit(a, b, context);
  // "no further leaks were found" denies only leaks beyond those in view: "a leak was found last week" stands.
  if (deniesOnlyFurther(isNegative(a) ? a : b)) return null;
  // "No one on board was injured" / "Two people on the ground were injured": two groups, told apart by place.
  if (groupsInOtherPlaces(a, b)) return null;
  // "will not go on sale until 2027" affirms the sale from 2027: the dates clash or agree (temporal), the polarity does not.
  if (negatedUntilADate(isNegative(a) ? a : b)) return null;
  // "did not vote for the bill" / "voted against the bill": denying one side agrees with taking the other.
  if (oppositeSides(a, b)) return null;
  // "could be integrated" allows what "no plans to integrate" rules out as intended: a possibility denies nothing;
  // "has the right to object" / "did not object" neither. Two options, one denied ("do not have the right to"), clash.
  const [affirmative, negative] = isNegative(a) ? [b, a] : [a, b];
  if (underPossibilityModal(affirmative) && !(optionToAct(affirmative) && optionToAct(negative))) return null;
  // "sold the café to Brandt" / "Brandt has not bought the café": one transfer told from either party; "nobody
  // died" / "two people were killed": one outcome denied to everyone and told of some; "there was no novice
  // class" / "a novice class was held": one thing said not to exist and to exist.
  const converse = oneTransferFromEitherSide(a, b, context.lexicon) || outcomeDenied(a, b) || existenceDenied(a, b);
  if (!converse && !actorsCompatible(a, b, context.lexicon.aliases)) return readingHit(a, b, context);
  // "failed to reach an agreement" / "agreed": one event in other words is the same predicate.
  // "broke out" / "did not break the window": one stem, two verbs; the event relation below compares phrasal verbs.
  const shared = converse ? 'related' : samePredicate(a, b) === 'predicate' && phrasalVerbsApart(a, b, context.lexicon) ? null : samePredicate(a, b);
  const how = shared ?? (context.synonymousPredicates === true ? 'predicate' : null) ?? (deniedByRelatedVerb(a, b, isNegative(a), context.lexicon) ? 'related' : null);
  // The same verb on two different things is two propositions ("doesn't see the point" / "is seen pushing the girl").
  const kindDenied = isNegative(a) ? kindDeniedMemberTold(a, b) : kindDeniedMemberTold(b, a);
  if ((how === 'predicate' || how === 'related') && !converse && !kindDenied && !themesCompatible(a, b, context.lexicon)) return shared || how === 'related' ? null : readingHit(a, b, context);
  if (!how) return readingHit(a, b, context);
  // Through an inner verb the themes are not compared: what that verb acts on must not differ ("give her a name" / "gave her an arm").
  if (how === 'inner' && sharedInnerStem(a, b) !== undefined && differentObjects(a, b, sharedInnerStem(a, b)!)) return null;
  const [neg, pos] = isNegative(a) ? [a, b] : [b, a];
  // The refused act itself may still be what the other claim affirms ("ruled out a ban" / "imposed a ban"): its readings say.
  // A refusal verb that is itself the predicate refuses its complement, not itself: "dismissed its night crew" denies
  // nothing a related verb affirms ("laid off its night crew").
  if ((how === 'predicate' || how === 'related') && refusalVerbTwice(neg)) return readingHit(a, b, context);
  const detail = `${pos.proposition.predicate?.lemma ?? 'it'} affirmed vs ${neg.proposition.state}`;
  return {
    kind: 'polarity',
    strength: how === 'predicate' ? POLARITY_STRENGTH : POLARITY_INNER_STRENGTH,
    evidence: [claimedState(a), claimedState(b)],
    detail,
  };
};

/** The words that carry the state: for a linking verb with its complement and no object, through the complement ("is not fake"). */
function claimedState(c: Claim): Span {
  const { complement, theme, predicate, negation } = c.proposition;
  const own = stateSpan(c);
  // A linking verb's adjective complement ("is not fake"), or the predicative noun a copula takes ("is not a hoax").
  const said = complement ?? (predicate?.lemma.toLowerCase() === 'be' ? theme : undefined);
  if (said === undefined || predicate === undefined || said.span.start < predicate.span.end || (complement !== undefined && theme !== undefined)) return own;
  const start = Math.min(own.start, predicate.span.start, negation?.cue.start ?? Infinity);
  const end = said.span.end;
  return { start, end, text: c.text.slice(start - c.span.start, end - c.span.start) };
}

const ADDITIVE_NO = new RegExp(`\\bno\\s+(?:${ADDITIVE_AFTER_NO.join('|')})\\s+(?!than\\b)\\p{L}`, 'iu');

/** The negation is "no" with an additive word ("no further leaks", "no other passengers"): only further instances are denied. */
function deniesOnlyFurther(neg: Claim): boolean {
  return ADDITIVE_NO.test(neg.proposition.span.text);
}

/** A report told to be called false, unless extraction already read the call as its holder's denial (extract/denial.ts). */
function tellsToRebut(c: Claim): boolean {
  return c.attribution.stance !== 'denied' && callsOwnContentFalse(c);
}

/** Deontic modals (Quirk et al. §§ 4.53–4.58: obligation and its negation), in the words right before a predicate. */
const DEONTIC = /\b(?:should|must|ought|shouldn['’]t|mustn['’]t|oughtn['’]t)\b/i;
/** How many words before its predicate a modal governs it from ("should not even have been allowed to"). */
const MODAL_REACH = 5;

/** The claim's predicate is under "should", "must" or "ought to": a judgement or a duty, not a statement of fact. */
const underDeonticModal = perClaim(deonticPredicate);

function deonticPredicate(claim: Claim): boolean {
  const predicate = claim.proposition.predicate;
  if (!predicate) return false;
  const words = claim.text.slice(0, predicate.span.start - claim.span.start).trim().split(/\s+/);
  // A verbless "… — certainly not to perform it" is elliptical: the modal of the clause it continues governs it.
  const elliptical = /^not to$/i.test(words.slice(-2).join(' '));
  return DEONTIC.test((elliptical ? words : words.slice(-MODAL_REACH)).join(' '));
}

/**
 * "declined to answer questions" / "declined to comment": when the refusal verb is itself the shared predicate, both
 * sides refuse, each something of its own; the refused act is the complement, never the refusal verb.
 */
function refusalVerbTwice(neg: Claim): boolean {
  const { state, stateCue, predicate } = neg.proposition;
  return state === 'refused' && stateCue !== undefined && predicate !== undefined && stateCue.start <= predicate.span.start && predicate.span.end <= stateCue.end;
}

/** The stem both claims' verbs share through an inner predicate ("refused to give" / "gave"). */
function sharedInnerStem(a: Claim, b: Claim): string | undefined {
  const stems = (c: Claim) => [c.proposition.predicate?.lemma, c.proposition.inner?.lemma].filter((l): l is string => l !== undefined).map((l) => stem(l));
  const sb = stems(b);
  return stems(a).find((s) => sb.includes(s));
}

/**
 * "cancelled the puppet show" / "did not cancel the puppet show": a refusal act done (state 'refused', read negative for
 * the event it stops) against the same act denied (state 'negated'): both read negative, yet they clash on the act.
 */
function actDoneAndNot(a: Claim, b: Claim, context: DetectContext): DetectorHit | null {
  const [refused, denied] = a.proposition.state === 'refused' ? [a, b] : [b, a];
  if (refused.proposition.state !== 'refused' || refused.proposition.negated || denied.proposition.state !== 'negated' || denied.proposition.negated !== true) return null;
  if (samePredicate(a, b) !== 'predicate' || !themesCompatible(a, b, context.lexicon) || !actorsCompatible(a, b, context.lexicon.aliases)) return null;
  return { kind: 'polarity', strength: POLARITY_STRENGTH, evidence: [claimedState(a), claimedState(b)], detail: `${refused.proposition.predicate!.lemma} affirmed vs negated` };
}

function samePredicate(a: Claim, b: Claim): 'predicate' | 'inner' | null {
  const [pa, pb] = [predicateStem(a), predicateStem(b)];
  if (pa && pa === pb) return 'predicate';
  const ia = a.proposition.inner ? stem(a.proposition.inner.lemma) : undefined;
  const ib = b.proposition.inner ? stem(b.proposition.inner.lemma) : undefined;
  if ((ia && (ia === pb || ia === ib)) || (ib && ib === pa)) return 'inner';
  return null;
}

/**
 * The stem of what a claim predicates. A form of "be" with a one-word complement and no object predicates its
 * complement ("is not open" holds "open", as "will stay open" does: extract/verbs.ts throughCopula reads a linking
 * verb's adjective as the predicate, and "be" is the copula of the same state; Quirk et al. § 10.8, subject complements).
 */
function predicateStem(c: Claim): string | undefined {
  const { predicate, complement, theme } = c.proposition;
  if (!predicate) return undefined;
  const copular = predicate.lemma.toLowerCase() === 'be' && complement !== undefined && theme === undefined && !/\s/.test(complement.text.trim());
  return stem(copular ? complement.text.trim().toLowerCase() : predicate.lemma);
}

/** Two readings of one event by one doer on one thing, held with opposite polarity. */
function opposite(x: EventReading, y: EventReading, context: DetectContext): boolean {
  if (x.negative === y.negative || (x.via === 'predicate' && y.via === 'predicate')) return false;
  if (!compatiblePhrases(x.actor, y.actor, context.lexicon.aliases)) return false;
  const oneDoer = x.actor !== undefined && y.actor !== undefined;
  return sameVerb(x.verb, y.verb, oneDoer) && themesOverlap(x, y);
}

const ENDS: ReadonlySet<string> = new Set(END_VERBS);
/**
 * The negative side stops the event in the future (a phase verb of ending, Levin § 55.2, under "will"), the other
 * tells it without a future: the event goes on until then, so both hold.
 */
function endToCome(negative: Claim, other: Claim): boolean {
  return ENDS.has(negative.proposition.predicate?.lemma.toLowerCase() ?? '') && futureVerbGroup(negative) && !futureVerbGroup(other);
}

/**
 * Two readings, one read off a frame, speak of one event: the same noun phrase, and a denied intention (about what is
 * to come) met by a claim that the event is to come, not that it happened ("will impose a ban", not "imposed a ban in 2022").
 */
function framesAgree(x: EventReading, y: EventReading, a: Claim, b: Claim): boolean {
  const intention = (r: EventReading, other: Claim) => r.via === 'frame' && r.negative && !futureVerbGroup(other);
  return sameNounPhrase(x.verb, a, b) && !intention(x, b) && !intention(y, a);
}

/**
 * An event noun read off a frame keeps the words that say which one it is, and so does the other claim's: each claim
 * must name every such word of the other ("no plans for a hosepipe ban" / "imposed a ban on night fishing": two bans).
 */
function sameNounPhrase(verb: string, a: Claim, b: Claim): boolean {
  const named = (c: Claim) => new Set(claimWords(c).tokens.filter((t) => t.content).map((t) => t.lemma));
  const [inA, inB] = [named(a), named(b)];
  return eventNounWords(a, verb).every((w) => inB.has(w)) && eventNounWords(b, verb).every((w) => inA.has(w));
}

/** The words of a claim, as written and as lemmas. */
const wordsOf = (c: Claim): ReadonlySet<string> => new Set(claimWords(c).tokens.flatMap((t) => [t.lower, t.lemma]));

/**
 * A cancelled event noun and an event told as held are one plan: the other claim names every word of what the noun
 * was of ("the vote on the timetable" / "voted on the bus fares": two votes), dates given on both sides meet (the
 * cancelling is dated apart from an event held months before), and the other does not tell the event as still to come.
 */
function cancelledOnePlan(x: EventReading, y: EventReading, a: Claim, b: Claim): boolean {
  const named = (r: EventReading, other: Claim) => {
    if (r.via !== 'cancelled') return true;
    const words = wordsOf(other);
    return (r.named ?? []).every((w) => words.has(w));
  };
  // "will begin on Monday" / "was called off": an event still to come against its cancelling is status's (scheduled vs decided).
  const toCome = (r: EventReading, other: Claim) => r.via === 'cancelled' && futureVerbGroup(other);
  // "has been postponed" / "reopened": only a holding told by the day of the postponement clashes; a later one may be the new date.
  const later = (r: EventReading, postponing: Claim, held: Claim) => r.postponed === true && !heldByThen(held, postponing);
  return named(x, b) && named(y, a) && !toCome(x, b) && !toCome(y, a) && !later(x, a, b) && !later(y, b, a) && !datesClash(a, b);
}

/**
 * The held report's day is on or before the day the postponement was told: its latest date, or, undated, a past report
 * published no later than the next day (news tells the day before).
 */
function heldByThen(held: Claim, postponing: Claim): boolean {
  if (postponing.publishedAt === undefined) return false;
  const told = dayNumber(postponing.publishedAt);
  if (held.times.length > 0) return Math.max(...held.times.map((t) => dayNumber(t.to))) <= told;
  return held.publishedAt !== undefined && dayNumber(held.publishedAt) <= told + 1;
}

/**
 * The same event held with opposite polarity once implicative verbs and event nouns are read through: "managed to
 * escape" / "failed to escape", "seized the airport" / "failed to capture the airport", "inspected the dam" / "no
 * inspection of the dam was carried out". Both plain predicates are the main rule's case.
 */
function readingHit(a: Claim, b: Claim, context: DetectContext): DetectorHit | null {
  for (const x of eventReadings(a, context.lexicon)) {
    for (const y of eventReadings(b, context.lexicon)) {
      if (!opposite(x, y, context) || ((x.via === 'frame' || y.via === 'frame') && !framesAgree(x, y, a, b))) continue;
      if ((x.via === 'cancelled' || y.via === 'cancelled') && !cancelledOnePlan(x, y, a, b)) continue;
      // "will stop broadcasting at 6 p.m. on Sunday" / "broadcasts on 104.6 FM": an end still to come leaves it going on now.
      if (endToCome(x.negative ? a : b, x.negative ? b : a)) continue;
      const negative = x.negative ? x : y;
      return {
        kind: 'polarity',
        strength: POLARITY_INNER_STRENGTH,
        evidence: [x.via === 'predicate' ? stateSpan(a) : x.span, y.via === 'predicate' ? stateSpan(b) : y.span],
        detail: `${(negative === x ? y : x).verb} affirmed vs negated through "${(x.via === 'predicate' ? y : x).via}"`,
      };
    }
  }
  return null;
}
