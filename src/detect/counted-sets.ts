import type { Claim, Quantity } from '../model/claim.js';
import type { CountAt } from '../match/counted-sets.js';
import { clashStrength, gapOf } from './numeric.js';
import type { Detector } from './types.js';

/** The claim's count standing where the matching stage found it. */
function countAt(c: Claim, counts: readonly CountAt[]): Quantity | undefined {
  return c.quantities.find((q) => counts.some((at) => at.documentId === c.documentId && at.start === q.span.start));
}

/**
 * One set counted by two reports with different verbs (match/counted-sets.ts chose the pair and its two counts):
 * a numeric clash when the figures cannot both hold, as strong as any numeric clash of that gap.
 */
export const detectCountedSet: Detector = (a, b, context) => {
  const counts = context.countedSet;
  if (counts === undefined) return null;
  const [x, y] = [countAt(a, counts), countAt(b, counts)];
  if (x === undefined || y === undefined) return null;
  const gap = gapOf(x, y);
  if (!(gap > 0)) return null;
  return { kind: 'numeric', strength: clashStrength(gap, x, y), evidence: [x.span, y.span], detail: `${x.span.text} vs ${y.span.text} (one set)` };
};
