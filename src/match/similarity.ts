import { buildLexicon, type Lexicon } from '../lexicon/index.js';
import type { Claim, Place } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { samePlaceOrWithin } from '../extract/gazetteer.js';
import { datesClash } from './dates.js';
import { measuredKindOfAct, sharedMeasure, valueStatedTwice } from './measure.js';
import { processOutcomeEither } from './process-outcome.js';
import { pendingStateEnded } from '../relate/pending-states.js';
import { dictionaryRelatedActs } from './acts.js';
import { lightVerbRelation } from '../relate/relation.js';
import { keyWeight } from './word-weights.js';
import { antonymObjectHit } from '../detect/antonym-objects.js';
import { exclusiveStates } from '../relate/exclusive-states.js';
import { truthValueDispute } from '../relate/truth-value.js';
import { tellerRebuttalHit } from '../detect/teller-rebuttal.js';
import { calledOffHit } from '../detect/called-off.js';
import { outcomeDenied } from '../detect/outcome-denials.js';
import { oneFinding } from '../detect/finding-acts.js';
import { activityPhaseHit } from '../detect/activity-phase.js';
import { exclusiveOutcomeHit } from '../detect/exclusive-outcomes.js';
import { oneDeath } from '../detect/one-death.js';
import { occurrenceOfNamedEvent } from '../relate/occurrence-events.js';
import { unconfirmedEventHit } from '../detect/unconfirmed.js';
import { countsOfOneOutcome, oneBodysVote } from '../detect/numeric.js';
import { keySet, sameEvent, sharesEventStem, synonymousEvents } from './same-event.js';
import { isEvent, oneThing, troponymPredicates } from '../detect/one-thing-acts.js';
import { predicativeChange } from '../relate/predicative-change.js';

/** Weights of the three parts of the same-event match; they sum to 1. */
export const MATCH_WEIGHTS = { keys: 0.5, actor: 0.25, event: 0.25 } as const;
/** Default minimum match for two claims to be compared. */
export const DEFAULT_MIN_MATCH = 0.45;
/** The actor part of the match when nothing tells whether the two actors are one. */
const UNKNOWN_ACTOR = 0.5;

/** Both claims act on one named theme ("lodged a complaint" / "filed a complaint"); a theme that is no content key of its claim (a stray preposition) names nothing. */
function sameTheme(a: Claim, b: Claim): boolean {
  const theme = a.proposition.theme?.key;
  return theme !== undefined && theme === b.proposition.theme?.key && keySet(a).has(theme) && keySet(b).has(theme);
}

/** The places a claim sets its event in: a place that is the actor ("Germany welcomed the deal") is a doer, not a setting. */
export function settingsOf(c: Claim): Place[] {
  const actor = c.proposition.actor?.span;
  if (!actor) return c.places;
  return c.places.filter((p) => p.span.end <= actor.start || p.span.start >= actor.end);
}

/** Both claims are set somewhere, and no setting of one is, contains or lies in a setting of the other. */
function placesClash(a: Claim, b: Claim): boolean {
  const [pa, pb] = [settingsOf(a), settingsOf(b)];
  if (pa.length === 0 || pb.length === 0) return false;
  return !pa.some((x) => pb.some((y) => samePlaceOrWithin(x, y)));
}

/**
 * The actor part of the match: 1 for one actor (the same key, or one side's actor named among the other's words:
 * "The Green Alliance, junior partner …" vs "The Green Alliance has decided"), 0.5 when unknown. Two different
 * actors count as unknown, not as a different event, when they are the only difference: the same act ("X lodged a
 * complaint" vs "Y filed a complaint" is how an actor conflict looks). A second difference, in place or date, makes
 * two events of one kind ("Shell opened a refinery in Rotterdam" / "BP opened a refinery in Texas").
 */
export function actorAgreement(a: Claim, b: Claim, lexicon?: Lexicon): number {
  const [aActor, bActor] = [a.proposition.actor?.key, b.proposition.actor?.key];
  if (!aActor || !bActor) return UNKNOWN_ACTOR;
  if (!actorsDiffer(a, b)) return 1;
  return sameAct(a, b, lexicon) && !placesClash(a, b) && !datesClash(a, b) ? UNKNOWN_ACTOR : 0;
}

/**
 * The claim counts named things ("3 fatalities", "nine people") and its subject is none of its counts ("eight people
 * had died" counts its subject): a doer's toll.
 */
function countedObject(c: Claim): boolean {
  const actor = c.proposition.actor?.span;
  if (actor !== undefined && c.quantities.some((q) => q.span.start < actor.end && q.span.end > actor.start)) return false;
  return c.quantities.some((q) => q.dimension === 'count' && q.noun !== undefined);
}

/** Both claims name an actor, and neither actor is the other's or named among the other's words. */
function actorsDiffer(a: Claim, b: Claim): boolean {
  const [aActor, bActor] = [a.proposition.actor?.key, b.proposition.actor?.key];
  return !!aActor && !!bActor && aActor !== bActor && !keySet(b).has(aActor) && !keySet(a).has(bActor);
}

/**
 * The same act on both sides: one predicate stem, WordNet synonyms or two verbs of finding, acting on one named theme; or a support verb
 * with its event noun against that noun's verb ("made 16 arrests" / "arrested six people"), whose object is the act.
 */
export function sameAct(a: Claim, b: Claim, lexicon?: Lexicon): boolean {
  const theme = sameTheme(a, b);
  if (theme && (sharesEventStem(a, b) || synonymousEvents(a, b) || oneFinding(a, b))) return true;
  return lexicon !== undefined && (lightVerbRelation(a, b, lexicon) || (theme && kindOfActOnOneThing(a, b, lexicon)));
}

/**
 * "The bear was shot by a hunter" / "a farmer killed the bear": a troponym and its hypernym (WordNet; Fellbaum 1998,
 * ch. 3) done to one single thing are one act told at two levels of detail, as the actor detector reads them
 * (detect/one-thing-acts.ts); a set of things ("12 deer") may undergo both acts from several doers, and an occasion
 * ("a news conference") may be planned and scheduled by several.
 */
function kindOfActOnOneThing(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  // An occasion ("planned the news conference" / "scheduled a press conference") is no thing one doer acts on.
  const [ta, tb] = [a.proposition.theme, b.proposition.theme];
  return ta !== undefined && tb !== undefined && !isEvent(ta) && !isEvent(tb) && oneThing(a) && oneThing(b) && troponymPredicates(a, b, lexicon);
}

/**
 * One measurement reported twice: a figure for the same measured thing ("120 mm of rain" / "three inches of rain")
 * by actors not known to differ. Different actors with figures for one substance ("the mill shipped 40 tonnes of
 * grain" / "the co-operative sold 12 tonnes") are two transactions.
 */
export function sameMeasuredEvent(a: Claim, b: Claim): boolean {
  return measureOfOneThing(a, b, () => actorAgreement(a, b));
}

/**
 * A figure of each claim for one measured thing, by actors not known to differ, or with the thing itself the subject
 * of one ("the stone weighs 1.3 kg" / "hunters found a 310-gram stone"): there the subject is what is measured.
 */
function measureOfOneThing(a: Claim, b: Claim, actor: () => number): boolean {
  const shared = sharedMeasure(a, b);
  return shared !== undefined && (shared.ofSubject || actor() > 0);
}

/** Whether two predicate lemmas oppose each other ("rose" / "fell"). */
export type Opposes = (x: string, y: string) => boolean;

/** The opposites of a lexicon (shipped, plus the call's extras) as the predicate matching asks. */
export function opposesIn(lexicon: Lexicon): Opposes {
  // Verbs of scalar change in opposite directions ("increased" / "fell", Levin § 45.6) are one movement seen two ways.
  const up = new Set(lexicon.upwardChange);
  const down = new Set(lexicon.downwardChange);
  const scalar = (x: string, y: string) => (up.has(x) && down.has(y)) || (down.has(x) && up.has(y));
  return (x, y) => {
    const [lx, ly] = [x.toLowerCase(), y.toLowerCase()];
    return (lexicon.opposites.get(lx)?.has(ly) ?? false) || scalar(lx, ly);
  };
}

/**
 * How likely two claims speak about the same event, in [0, 1]: overlap of their keys weighted by the fixed word
 * weights (src/lexicon/word-weights.ts, so the score of a pair never depends on the other claims at hand), the same
 * actor (through aliases; the words of an actor both sides name count there, not again among the keys), and the event of one
 * named among the other's keys ("confirm [attend]" and "would not attend the talks").
 */
export function matchScore(a: Claim, b: Claim, opposes?: Opposes, lexicon: Lexicon = buildLexicon(), floor?: number, oneSet = false): number {
  // "The Ledger report is not true" / "the Ledger reported …": the story called false is the other claim as a whole.
  // "say reports she took the photo are lies" / "Marsh took the photo": the doer of a report called false is the story's
  // own, whatever the calling claim's subject ("friends close to her"), so it counts as agreeing, as a rebuttal does.
  const rebutsTeller = tellerRebuttalHit(a, b, lexicon.aliases) !== null || reportCalledFalse(a, b);
  // Two different actors score at most UNKNOWN_ACTOR: when even that and a shared event fall short of `floor`, the
  // pair is not compared, and whether the two do the same act (a dictionary look-up per pair) need not be asked.
  const differ = floor !== undefined && !rebutsTeller && actorsDiffer(a, b);
  const plainOverlap = differ ? keyOverlap(a, b, NO_WORDS) : 0;
  if (differ && sixPlaces(MATCH_WEIGHTS.keys * plainOverlap + MATCH_WEIGHTS.actor * UNKNOWN_ACTOR + MATCH_WEIGHTS.event) < floor!) return sixPlaces(MATCH_WEIGHTS.keys * plainOverlap);
  const actor = rebutsTeller ? 1 : actorAgreement(a, b, lexicon);
  const overlap = differ ? plainOverlap : keyOverlap(a, b, actor === 1 ? actorWords(a, b) : NO_WORDS);
  // A caller that only asks whether the match reaches `floor` needs no event part when even a shared event falls short.
  const withoutEvent = MATCH_WEIGHTS.keys * overlap + MATCH_WEIGHTS.actor * actor;
  if (floor !== undefined && sixPlaces(withoutEvent + MATCH_WEIGHTS.event) < floor) return sixPlaces(withoutEvent);
  // Each test below is pure and asked only until the event part is known: a rebuttal of the teller decides it, and
  // two events of one kind rule it out, before any dictionary look-up.
  const event = rebutsTeller || (!twoEventsOfAKind(a, b, actor, lexicon) && (oneEventRelated(a, b, actor, opposes, lexicon, oneSet) || statesOfOneEvent(a, b, lexicon))) ? 1 : 0;
  return sixPlaces(withoutEvent + MATCH_WEIGHTS.event * event);
}

/**
 * The same act by other doers in other places is two events of one kind ('Shell opened a refinery in Rotterdam' /
 * 'Exxon … in Texas'). A date alone does not split them: it is often what two reports of one act disagree on.
 */
function twoEventsOfAKind(a: Claim, b: Claim, actor: number, lexicon: Lexicon): boolean {
  return actor === 0 && sameAct(a, b, lexicon) && placesClash(a, b);
}

/**
 * The two claims' acts are one event by a relation of the acts themselves, each test asked only while none holds:
 * - opposite predicates ("strengthened" / "weakened") name the same event, seen two ways;
 * - events one by a dictionary relation ("made arrests" / "arrested", "killed" / "died") or finding ("spotted" / "found");
 * - a process still under way and its outcome ('still negotiating' / 'the deal was signed') name one event too;
 * - one doer's act measured twice in a verb and its kind-of ("spent $30,000 on" / "paid $3,000 for") about one thing;
 * - one doer's toll told by two verbs ("the storm caused 3 fatalities" / "the storm killed nine people"): counts of
 *   named things by one doer, not the counted people as subject ("eight people had died" / "killing a dozen people")
 *   nor a bare running figure ("the death toll reached 40", which a later report may update);
 * - one body's vote told with two verbs and two tallies ("ruled 7-2" / "split 5-4");
 * - two reports counting one set with two verbs (`oneSet`: match/counted-sets.ts, which reads the documents whole).
 */
function oneEventRelated(a: Claim, b: Claim, actor: number, opposes: Opposes | undefined, lexicon: Lexicon, oneSet: boolean): boolean {
  // "were up" is compared as the rise it tells (relate/predicative-change.ts).
  const [pa, pb] = [predicateVerb(a), predicateVerb(b)];
  return oneSet || (opposes !== undefined && pa !== undefined && pb !== undefined && opposes(pa, pb)) || sameEvent(a, b) || oneFinding(a, b) ||
    dictionaryRelatedActs(a, b, lexicon) || processOutcomeEither(a, b, lexicon) || measureOfOneThing(a, b, () => actor) ||
    (actor === 1 && measuredKindOfAct(a, b) && sharesTopicWord(a, b)) ||
    (actor === 1 && countedObject(a) && countedObject(b) && countsOfOneOutcome(a, b, lexicon)) ||
    (actor === 1 && oneBodysVote(a, b, lexicon)) || (actor === 1 && valueStatedTwice(a, b));
}

const predicateVerb = (c: Claim): string | undefined => predicativeChange(c)?.verb ?? c.proposition.predicate?.lemma;

/**
 * "The video is a hoax" / "a shark swam there": calling a story false speaks of the event it tells; "was a success" /
 * "was a failure" are one verb with antonymous complements; "went ahead" /
 * "was called off", "is continuing" / "was halted" are two states of one event, and one person's death is one event.
 * Asked only when no relation of the acts already made the pair one event.
 */
function statesOfOneEvent(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  if (exclusiveStates(a, b, lexicon) !== null || truthValueDispute(a, b) !== null || calledOffHit(a, b, lexicon) !== null || pendingStateEnded(a, b) !== null) return true;
  // "ended in an acquittal" / "ended in a conviction": one verb whose complements differ only by antonyms.
  // "an unconfirmed explosion at a pipeline" / "the pipeline exploded": one event, held unconfirmed and stated.
  // "posted a profit" / "reported a loss": one event's outcomes that exclude each other (lexicon/exclusive-outcomes.ts).
  // "the attack happened on Sunday" / "rebels attacked the garrison": an event noun said to happen, and its event told.
  // "nobody was hurt" / "two were injured": one outcome denied to everyone and told of some (detect/outcome-denials.ts).
  return outcomeDenied(a, b) || activityPhaseHit(a, b, lexicon) !== null || oneDeath(a, b, lexicon) || occurrenceOfNamedEvent(a, b, lexicon) || antonymObjectHit(a, b, lexicon.aliases) !== null || unconfirmedEventHit(a, b) !== null || exclusiveOutcomeHit(a, b, lexicon.aliases) !== null;
}

/** One claim calls false a report whose story the other asserts ("reports she took the photo are lies" / "she took it"). */
function reportCalledFalse(a: Claim, b: Claim): boolean {
  const dispute = truthValueDispute(a, b);
  return dispute !== null && dispute.form === 'asserted' && dispute.ofReport;
}

/** Scores are rounded to six places, so a sum's last bits never decide a comparison. */
const sixPlaces = (x: number): number => Math.round(x * 1e6) / 1e6;

const NO_WORDS: ReadonlySet<string> = new Set();

/** A key beyond either actor's words, the verbs and the figures is shared: what the act is about ("on the renovation" / "for the renovation"). */
function sharesTopicWord(a: Claim, b: Claim): boolean {
  const skip = new Set([...wordsOfActor(a), ...wordsOfActor(b), ...surfaceAndStems(a), ...surfaceAndStems(b), ...figureWords(a), ...figureWords(b)]);
  const bKeys = keySet(b);
  return a.keys.some((k) => !skip.has(k) && bKeys.has(k));
}

/** The stems of a claim's figures ("$1 million" keys as "million"): the measure, not what it measures. */
function figureWords(c: Claim): string[] {
  return c.quantities.flatMap((q) => (q.span.text.toLowerCase().match(WORD) ?? []).map((w) => stem(w)));
}

/** A predicate's keys: its stem and the stem of its surface form ("paid" keys as "paid" and "pai"). */
function surfaceAndStems(c: Claim): string[] {
  const p = c.proposition.predicate;
  return p ? [stem(p.lemma.toLowerCase()), stem(p.text.toLowerCase()), p.text.toLowerCase()] : [];
}
const WORD = /[\p{L}\p{N}]+/gu;

/** The words both actors share ("the Harbour Rowing Club" twice, not "crude" against "gasoline" stocks), as keys. */
function actorWords(a: Claim, b: Claim): ReadonlySet<string> {
  const [x, y] = [wordsOfActor(a), wordsOfActor(b)];
  return new Set([...x].filter((w) => y.has(w)));
}

/** An actor's key and the stems of its words. */
function wordsOfActor(c: Claim): ReadonlySet<string> {
  const actor = c.proposition.actor;
  if (!actor) return NO_WORDS;
  let words = actorWordsOf.get(c);
  if (!words) actorWordsOf.set(c, (words = new Set([actor.key, ...(actor.text.toLowerCase().match(WORD) ?? []).map((w) => stem(w))])));
  return words;
}
/** An actor's words, once per claim object. */
const actorWordsOf = new WeakMap<Claim, ReadonlySet<string>>();

/** Each key's fixed weight, in key order, and their sum, once per claim object: every candidate pair the claim is in reads them. */
const keyWeightsOf = new WeakMap<Claim, KeyWeights>();
interface KeyWeights { weights: Float64Array; total: number }

function weightsOf(c: Claim): KeyWeights {
  let known = keyWeightsOf.get(c);
  if (!known) {
    const weights = Float64Array.from(c.keys, keyWeight);
    // Summed in key order, as keyOverlap sums them when it skips nothing.
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i]!;
    keyWeightsOf.set(c, (known = { weights, total }));
  }
  return known;
}

/** Weighted overlap of two claims' keys, in [0, 1], leaving out `skip` (what another part of the match scores). */
function keyOverlap(a: Claim, b: Claim, skip: ReadonlySet<string>): number {
  const bKeys = keySet(b);
  const [aWeights, bWeights] = [weightsOf(a), weightsOf(b)];
  let shared = 0;
  // Nothing skipped (most pairs): each side's total is the claim's own sum, and only the shared keys are read.
  if (skip.size === 0) {
    for (let i = 0; i < a.keys.length; i++) if (bKeys.has(a.keys[i]!)) shared += aWeights.weights[i]!;
    return overlapOf(shared, aWeights.total, bWeights.total);
  }
  let aTotal = 0;
  let bTotal = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i]!;
    if (skip.has(k)) continue;
    const w = aWeights.weights[i]!;
    aTotal += w;
    if (bKeys.has(k)) shared += w;
  }
  for (let i = 0; i < b.keys.length; i++) if (!skip.has(b.keys[i]!)) bTotal += bWeights.weights[i]!;
  return overlapOf(shared, aTotal, bTotal);
}

const overlapOf = (shared: number, aTotal: number, bTotal: number): number => (Math.min(aTotal, bTotal) > 0 ? shared / Math.min(aTotal, bTotal) : 0);
