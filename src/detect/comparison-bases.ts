import type { Claim, Quantity } from '../model/claim.js';
import { COMPARISON_BASE_CUES } from '../lexicon/update-cues.js';
import { APPROXIMATORS } from '../lexicon/distance-words.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
/** A base cue, then perhaps an approximator ("up from about"), right before the figure. */
const BASE_BEFORE = new RegExp(`\\b(?:${COMPARISON_BASE_CUES.map(escape).join('|')})\\s+(?:(?:${APPROXIMATORS.map(escape).join('|')})\\s+)?$`, 'i');
/** Characters before a figure searched for its base cue. */
const REACH = 40;

/** The figure is the base of a change the claim reports ("up from about 150"), not the figure it reports. */
export function isComparisonBase(claim: Claim, q: Quantity): boolean {
  const end = q.span.start - claim.span.start;
  return end > 0 && BASE_BEFORE.test(claim.text.slice(Math.max(0, end - REACH), end));
}

/** The claim's figures that are reported, its bases left out. */
export function reportedFigures(claim: Claim): readonly Quantity[] {
  return claim.quantities.some((q) => isComparisonBase(claim, q)) ? claim.quantities.filter((q) => !isComparisonBase(claim, q)) : claim.quantities;
}

/** The claim's bases: the earlier figures it sets its own beside. */
export function baseFigures(claim: Claim): readonly Quantity[] {
  return claim.quantities.filter((q) => isComparisonBase(claim, q));
}
