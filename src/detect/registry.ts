import type { Claim } from '../model/claim.js';
import type { ConflictKind } from '../model/conflict.js';
import { detectActor } from './actor.js';
import { detectAttribution } from './attribution.js';
import { detectLocation } from './location.js';
import { detectNumeric } from './numeric.js';
import { detectOpposition } from './opposition.js';
import { detectPolarity } from './polarity.js';
import { detectQuote } from './quote.js';
import { detectStatus } from './status.js';
import { detectTemporal } from './temporal.js';
import type { DetectContext, Detector, DetectorHit } from './types.js';

/** Every detector, in order of precedence when two fire with equal strength. */
export const DETECTORS: readonly (readonly [ConflictKind, Detector])[] = [
  ['polarity', detectPolarity],
  ['opposition', detectOpposition],
  ['status', detectStatus],
  ['numeric', detectNumeric],
  ['temporal', detectTemporal],
  ['location', detectLocation],
  ['quote', detectQuote],
  ['attribution', detectAttribution],
  ['actor', detectActor],
];

export interface PairFinding {
  best: DetectorHit;
  /** Other detectors that fired on the same pair, strongest first. */
  others: DetectorHit[];
}

/** Runs every detector on one matched pair; the strongest hit is the conflict, the rest become its factors. */
export function detectPair(a: Claim, b: Claim, context: DetectContext): PairFinding | null {
  const hits: DetectorHit[] = [];
  for (const [, detector] of DETECTORS) {
    const hit = detector(a, b, context);
    if (hit) hits.push(hit);
  }
  if (hits.length === 0) return null;
  // Stable sort keeps registry order among equal strengths.
  const sorted = [...hits].sort((x, y) => y.strength - x.strength);
  return { best: sorted[0]!, others: sorted.slice(1) };
}
