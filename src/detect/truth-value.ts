import type { Claim } from '../model/claim.js';
import { POLARITY_INNER_STRENGTH, POLARITY_STRENGTH } from '../lexicon/state-strengths.js';
import { truthValueDispute } from '../relate/truth-value.js';
import type { Detector, DetectorHit } from './types.js';

/**
 * A truth-value dispute (relate/truth-value.ts) as a polarity hit: the two sides hold one proposition's truth affirmed
 * and negated, both decided (nothing pending, so not status). Two truth values clash at full polarity strength; a story
 * called false against its content asserted, at the inner-proposition strength.
 */
export function truthValueClash(a: Claim, b: Claim): DetectorHit | null {
  const dispute = truthValueDispute(a, b);
  if (!dispute) return null;
  const strength = dispute.form === 'values' ? POLARITY_STRENGTH : POLARITY_INNER_STRENGTH;
  return { kind: 'polarity', strength, evidence: [...dispute.evidence], detail: dispute.detail };
}

export const detectTruthValue: Detector = (a, b) => truthValueClash(a, b);
