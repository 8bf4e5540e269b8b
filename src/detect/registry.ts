import type { Claim } from '../model/claim.js';
import type { ConflictKind } from '../model/conflict.js';
import { detectActor } from './actor.js';
import { detectPrizeWinner } from './prize-winners.js';
import { detectAge } from './ages.js';
import { detectAttribution } from './attribution.js';
import { detectLocation } from './location.js';
import { detectNumeric } from './numeric.js';
import { detectCountedSet } from './counted-sets.js';
import { detectOpposition } from './opposition.js';
import { detectPolarity } from './polarity.js';
import { detectQuote } from './quote.js';
import { detectUnsaidRemark } from './unsaid-remark.js';
import { detectStatus } from './status.js';
import { detectTemporal } from './temporal.js';
import { detectTruthValue } from './truth-value.js';
import { detectTellerRebuttal } from './teller-rebuttal.js';
import { EVENT_BOUND, kindContexts, lazyPlan, personContext } from './gates.js';
import type { DetectContext, Detector, DetectorHit } from './types.js';

/** Every detector, in order of precedence when two fire with equal strength. */
export const DETECTORS: readonly (readonly [ConflictKind, Detector])[] = [
  ['polarity', detectPolarity],
  ['polarity', detectTruthValue],
  ['polarity', detectTellerRebuttal],
  ['opposition', detectOpposition],
  ['status', detectStatus],
  ['numeric', detectNumeric],
  ['numeric', detectCountedSet],
  ['numeric', detectAge],
  ['temporal', detectTemporal],
  ['location', detectLocation],
  ['quote', detectQuote],
  ['quote', detectUnsaidRemark],
  ['attribution', detectAttribution],
  ['actor', detectActor],
  ['actor', detectPrizeWinner],
];

/**
 * Detectors of what is true of a person whatever the event (an age): the event gates do not apply, since one person's
 * age cannot differ between two of their acts, nor between a sentence and its copy; the plan's person gate does.
 */
const PERSON_BOUND: ReadonlySet<Detector> = new Set([detectAge]);

export interface PairFinding {
  best: DetectorHit;
  /** Other detectors that fired on the same pair, strongest first. */
  others: DetectorHit[];
  /**
   * How much of each claim's participants the alignment covers (the lower side), when alignment alone made the pair
   * one event for the best hit (its verbs share no stem or dictionary relation); 1 when the verbs already did.
   */
  alignedEvent: number;
}

/** Runs every detector on one matched pair; the strongest hit is the conflict, the rest become its factors. */
export function detectPair(a: Claim, b: Claim, context: DetectContext, match = 1): PairFinding | null {
  const plan = lazyPlan(a, b, context, match);
  const hits: DetectorHit[] = [];
  const contextOf = kindContexts(plan, context);
  // A kind's gates are asked only once one of its detectors fires (most matched pairs raise nothing); the first,
  // cheap gate before, so an event-bound detector does not run on two events. The same hits as gating first: detectors are pure.
  const blocked = new Map<ConflictKind, boolean>();
  const isBlocked = (kind: ConflictKind) => {
    let known = blocked.get(kind);
    if (known === undefined) blocked.set(kind, (known = plan.gate(kind) !== undefined));
    return known;
  };
  for (const [kind, detector] of DETECTORS) {
    const personBound = PERSON_BOUND.has(detector);
    if (personBound ? plan.personGate() !== undefined : plan.notOneEvent(kind)) continue;
    const hit = detector(a, b, personBound ? personContext(plan, context) : contextOf(kind));
    if (hit && (personBound || !isBlocked(kind))) hits.push(hit);
  }
  if (hits.length === 0) return null;
  // Stable sort keeps registry order among equal strengths.
  const sorted = [...hits].sort((x, y) => y.strength - x.strength);
  const best = sorted[0]!;
  const { aligned, sameAct, relation, outcomeCount } = plan;
  const alignedOne = aligned !== undefined && (aligned.oneEvent || (best.kind === 'numeric' && (aligned.sameCount || outcomeCount)));
  // An event noun said to happen is named by the other claim's own event word: one event by the words, as one verb is.
  // Two leads (relate/lead-events.ts) are one event by their place in the reports, not by how much of them lines up.
  const byAlignment = alignedOne && aligned.occurrence !== true && aligned.lead !== true && !sameAct && !relation.similar && EVENT_BOUND.has(best.kind);
  return { best, others: sorted.slice(1), alignedEvent: byAlignment ? aligned!.coverage : 1 };
}
