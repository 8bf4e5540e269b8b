import { REVERSIVE_VERB_PAIRS } from '../lexicon/reversive-verbs.js';
import { futureChange, tenseFrame, toldAsState } from './occasions.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { OPPOSITION_INNER_STRENGTH, OPPOSITION_STANCE_STRENGTH, OPPOSITION_STRENGTH } from '../lexicon/detector-strengths.js';
import { someDifferentDates } from '../match/dates.js';
import { STATUS_DECIDED_STRENGTH } from '../lexicon/state-strengths.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { areConverses } from '../relate/lexical.js';
import { phrasalOpposed, verbNounIdiom } from '../relate/phrasal.js';
import { stateAfterAnotherOccasion } from '../relate/exclusive-states.js';
import { compatiblePhrases } from './actor.js';
import { boundedByOtherAct } from './bounding-event.js';
import { calledOffHit } from './called-off.js';
import { differentParticles } from './particles.js';
import { sidesHit } from './sides.js';
import { antonymObjectHit } from './antonym-objects.js';
import { exclusiveOutcomeHit } from './exclusive-outcomes.js';
import { complementsApart } from '../relate/phrase-complement.js';
import { effectiveStance } from './rebuttal.js';
import { incompatibleStateHit, oppositeChangeHit } from './opposed-states.js';
import { causedChangeHit } from './caused-change.js';
import { phasesOfOtherEvents } from './phase-events.js';
import { toldBothWays } from './told-both.js';
import type { DetectContext, Detector, DetectorHit } from './types.js';
import { actorsCompatible, confirmedVsDenied, isNegative, rebutsWhatItTells } from './shared.js';

const persistenceCues = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.persistenceCues);

/** The claim says its state still holds ("is still closed", "remains shut"): a persistence cue among its words. */
export function persists(claim: Claim, context: DetectContext): boolean {
  const cues = derived(context.lexicon, persistenceCues);
  const { span, predicate } = claim.proposition;
  // A phrasal verb read as another verb ("stayed away": miss) is no continuative: its own word is not the cue.
  const text = predicate && !cues.has(predicate.lemma.toLowerCase())
    ? span.text.slice(0, predicate.span.start - span.start) + ' ' + span.text.slice(predicate.span.end - span.start)
    : span.text;
  return text.toLowerCase().split(/[^\p{L}]+/u).some((w) => cues.has(w));
}

/** Words that bound a state by the date after them: "closed until Friday" ends on Friday (Quirk et al. 1985, § 9.38). */
const UNTIL = /\b(?:until|till|through)\s+$/i;

/** The claim bounds its state by a date ("will stay closed until Friday"), so the opposite from that date follows it. */
function boundedState(claim: Claim): boolean {
  const { text, start } = claim.span;
  return claim.times.some((t) => UNTIL.test(text.slice(Math.max(0, t.span.start - start - 12), t.span.start - start)));
}

type Lemma = { lemma: string; text: string; span: Span };

function opposes(x: Lemma | undefined, y: Lemma | undefined, context: DetectContext): boolean {
  return x !== undefined && y !== undefined && (context.lexicon.opposites.get(x.lemma)?.has(y.lemma) ?? false);
}

// Both claims must be about one thing done by one doer: "Smith won" and "Jones lost" agree.
function sameFrame(a: Claim, b: Claim, context: DetectContext): boolean {
  const aliases = context.lexicon.aliases;
  const [pa, pb] = [a.proposition, b.proposition];
  // "the council approved" / "councillors rejected": a body and its members as a whole are one doer (group-members.ts).
  return actorsCompatible(a, b, aliases) && compatiblePhrases(pa.theme, pb.theme, aliases);
}

// A pending decision is the status detector's case; a negated opposite agrees ("did not reject" = "accepted").
function plainlyAffirmed(claim: Claim): boolean {
  return !claim.proposition.negated && claim.proposition.state !== 'pending' && !refusedFromOutside(claim);
}

/**
 * "the union's refusal to accept the offer": a refusal read off a word other than the predicate says the predicate's
 * act did not happen ("rejected the offer" agrees). A refusal verb that is itself the predicate ("refused the offer")
 * is the act the claim affirms.
 */
function refusedFromOutside(claim: Claim): boolean {
  const { state, stateCue, predicate } = claim.proposition;
  return state === 'refused' && stateCue !== undefined && predicate !== undefined && (stateCue.end <= predicate.span.start || stateCue.start >= predicate.span.end);
}

/**
 * "The mill was sold to Enel" / "Enel bought the mill": converses (sell / buy) tell one deal from either party, so they
 * oppose only when one party is the agent of both ("Enel bought the mill" / "Enel sold the mill").
 */
function tellsOneDeal(a: Claim, b: Claim, context: DetectContext): boolean {
  const [pa, pb] = [a.proposition, b.proposition];
  if (!pa.predicate || !pb.predicate || !areConverses(pa.predicate.lemma, pb.predicate.lemma, context.lexicon)) return false;
  return !(pa.actor && pb.actor && pa.actor.key === pb.actor.key);
}

function lemmaHit(x: Lemma, y: Lemma, strength: number): DetectorHit {
  return { kind: 'opposition', strength, evidence: [x.span, y.span], detail: `"${x.text}" vs "${y.text}"` };
}

function predicateHit(a: Claim, b: Claim, context: DetectContext): DetectorHit | null {
  const [pa, pb] = [a.proposition, b.proposition];
  // Opposite events by the lexicon's list or by WordNet antonymy of the aligned event words ("rose" / "fell").
  // "goes by the name" / "came up with": a particle makes another verb, which the bare verbs' antonymy does not oppose.
  // "switched off" / "switched on": two-word verbs WordNet opposes, read through their particle.
  const phrasal = pa.predicate && pb.predicate ? phrasalOpposed(a, b) : undefined;
  if (phrasal && !stateAfterAnotherOccasion(a, b)) {
    return { kind: 'opposition', strength: OPPOSITION_STRENGTH, evidence: [pa.predicate!.span, pb.predicate!.span], detail: `"${phrasal[0]}" vs "${phrasal[1]}"` };
  }
  // "gave a speech" / "the speech took place": a verb + noun idiom is a verb of its own, which give / take do not oppose.
  const plainVerbs = !differentParticles(a, b, context.lexicon) && verbNounIdiom(a) === undefined && verbNounIdiom(b) === undefined;
  if (pa.predicate && pb.predicate && plainVerbs && (opposes(pa.predicate, pb.predicate, context) || context.opposedEvents === true)) {
    if (tellsOneDeal(a, b, context) || stateAfterAnotherOccasion(a, b) || reversivesInTurn(a, b) || phasesOfOtherEvents(a, b)) return null;
    return lemmaHit(pa.predicate, pb.predicate, OPPOSITION_STRENGTH);
  }
  // Inner predicates oppose only under the same wrapper: "confirmed it would attend" vs "confirmed it would miss".
  const sameWrapper = pa.predicate?.lemma === pb.predicate?.lemma;
  if (sameWrapper && pa.inner && pb.inner && opposes(pa.inner, pb.inner, context)) {
    return lemmaHit(pa.inner, pb.inner, OPPOSITION_INNER_STRENGTH);
  }
  return null;
}

const REVERSIVES: ReadonlySet<string> = new Set(REVERSIVE_VERB_PAIRS.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
/**
 * "had gone" / "came", "opened in 1954" / "closes for the winter": a reversive pair (lexicon/reversive-verbs.ts) told
 * in two time frames is one thing changing and changing back in turn, not two accounts of one change.
 */
function reversivesInTurn(a: Claim, b: Claim): boolean {
  const key = `${a.proposition.predicate?.lemma.toLowerCase()}|${b.proposition.predicate?.lemma.toLowerCase()}`;
  if (!REVERSIVES.has(key)) return false;
  const [fa, fb] = [tenseFrame(a), tenseFrame(b)];
  // "is closed" / "reopened": a state against the change that ends it is the restored state's clash, told in any tense
  // but the future: "has closed" / "will reopen next month" tells the change still to come, which the state presupposes.
  // A state still to come ("will be closed on Thursday" / "will open late on Thursday") is no state the change presupposes.
  if (toldAsState(a) || toldAsState(b)) return toldAsState(a) ? fa !== 'future' && futureChange(b) : fb !== 'future' && futureChange(a);
  return fa !== 'unknown' && fb !== 'unknown' && fa !== fb;
}

function samePredicate(a: Claim, b: Claim): boolean {
  const [pa, pb] = [a.proposition, b.proposition];
  return pa.predicate !== undefined && pa.predicate.lemma === pb.predicate?.lemma && pa.inner?.lemma === pb.inner?.lemma;
}

/**
 * A confirmation against a denial of the same proposition: the reporting verbs clash (DESIGN.md's "confirmed" vs
 * "denied"). A denial against any other report is one side affirming what the other negates: polarity's case.
 */
function stanceHit(a: Claim, b: Claim): DetectorHit | null {
  const [sa, sb] = [effectiveStance(a), effectiveStance(b)];
  // A report called false holds the negation of the clause it tells, which stays affirmed in its proposition.
  const held = (c: Claim) => isNegative(c) !== rebutsWhatItTells(c);
  if (!confirmedVsDenied(a, b) || held(a) === held(b) || !samePredicate(a, b)) return null;
  // The reporting verbs carry the clash; a claim without one is its own evidence.
  const evidence: [Span, Span] = [a.attribution.verbSpan ?? a.span, b.attribution.verbSpan ?? b.span];
  return { kind: 'opposition', strength: OPPOSITION_STANCE_STRENGTH, evidence, detail: `${sa} vs ${sb}` };
}

/**
 * Opposing predicates ("accepted" vs "rejected", "rose" vs "fell") about the same actor and theme, or one
 * source confirming what another denies. Negated or pending claims are left to polarity and status.
 */
export const detectOpposition: Detector = (a, b, context) => {
  const hit = oppositionHit(a, b, context);
  return hit && !toldBothWays(a, b, hit, (c) => persists(c, context)) ? hit : null;
};

const oppositionHit: Detector = (a, b, context) => {
  const affirmed = plainlyAffirmed(a) && plainlyAffirmed(b) && effectiveStance(a) !== 'denied' && effectiveStance(b) !== 'denied';
  // Incompatible states bring their own check that both speak of one thing ("left intact by the storm" / "the storm destroyed").
  const state = affirmed ? incompatibleStateHit(a, b, context.lexicon) : null;
  // "was freed" / "is still being held": one side says the state still holds, the other that it ended.
  if (state) return stillVsEnded(a, b, state, context) ?? state;
  // "took place" / "was called off": the event is named as the subject on one side and as the theme on the other.
  const held = calledOffHit(a, b, context.lexicon);
  if (held) return held;
  // "ended in an acquittal" / "ended in a conviction": the complements differ by antonyms, so their heads need not match.
  const antonymObjects = affirmed ? antonymObjectHit(a, b, context.lexicon.aliases) : null;
  if (antonymObjects) return antonymObjects;
  // "the talks collapsed" / "ended in agreement": two outcomes of one event that exclude each other.
  const outcomes = affirmed ? exclusiveOutcomeHit(a, b, context.lexicon.aliases) : null;
  if (outcomes) return outcomes;
  // "cut its prices" / "prices went up": the thing that changes is the object on one side, the subject on the other.
  const change = affirmed ? causedChangeHit(a, b, context.lexicon.aliases) : null;
  if (change) return change;
  if (!sameFrame(a, b, context)) return null;
  if (affirmed && !boundedState(a) && !boundedState(b)) {
    // "its ban on night flights" / "its ban on fishing", "applications to the university" / "to the college": two things.
    const hit = complementsApart(a, b) ? null : (predicateHit(a, b, context) ?? oppositeChangeHit(a, b, context.lexicon));
    if (hit && persists(a, context) !== persists(b, context)) {
      // "will stay closed until Friday" / "reopened on Friday": opposite states at two times are a sequence, as for opposition.
      return someDifferentDates(a, b) ? null : stillVsEnded(a, b, hit, context);
    }
    if (hit) return hit;
    const sides = sidesHit(a, b);
    if (sides) return sides;
  }
  return stanceHit(a, b);
};

/** An opposed pair where exactly one side says its state persists is a clash about where things stand: status. */
function stillVsEnded(a: Claim, b: Claim, hit: DetectorHit, context: DetectContext): DetectorHit | null {
  if (persists(a, context) === persists(b, context) || boundedByOtherAct(a, b)) return null;
  return { ...hit, kind: 'status', strength: STATUS_DECIDED_STRENGTH, detail: `still vs ended: ${hit.detail}` };
}
