import type { Claim } from '../model/claim.js';
import type { Lexicon } from '../lexicon/index.js';

/**
 * A hedge among the claim's certainty cues ("may be halted", "reportedly killed"): a possible state is no account of
 * where things stand. A cue inside one of the claim's dates is the month "May", no hedge.
 */
export function hedged(c: Claim, lexicon: Pick<Lexicon, 'hedges'>): boolean {
  return c.certainty.cues.some((cue) => cue.text.toLowerCase() in lexicon.hedges && !inDate(c, cue));
}

function inDate(c: Claim, s: { start: number; end: number }): boolean {
  return c.times.some((t) => s.start >= t.span.start && s.end <= t.span.end);
}
