import type { Claim, ReportingStance } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { TEXT_NOUNS } from '../lexicon/text-nouns.js';
import { TRUTH_CARRIER_NOUNS } from '../lexicon/truth-value-cues.js';
import { truthValue } from '../relate/truth-value.js';

/** Stems of the nouns that name a story told (FrameNet Text and Statement nouns, and pictures and footage). */
const STORY_STEMS: ReadonlySet<string> = new Set([...TEXT_NOUNS, ...TRUTH_CARRIER_NOUNS].map((w) => stem(w)));

/**
 * The claim tells a report in order to call it false ("said reports she signed the lease are lies"): its predicate
 * is among the words of the phrase called false, before the cue. Such a claim denies what it tells; it does not put it forward.
 */
export function callsOwnContentFalse(c: Claim): boolean {
  const value = truthValue(c);
  const predicate = c.proposition.predicate;
  if (value === null || value.value || predicate === undefined || predicate.span.end > value.cue.start) return false;
  // The predicate must be among the words called false, not the verb of a clause around them ("spoke to her: the story is not true"):
  // named in the referent, or told after a story noun ("reports she signed the lease before the sale are lies").
  const own = value.referent.has(stem(predicate.text.toLowerCase())) || value.referent.has(stem(predicate.lemma.toLowerCase()));
  const before = c.text.slice(c.proposition.span.start - c.span.start, predicate.span.start - c.span.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  return own || before.some((w) => STORY_STEMS.has(stem(w)));
}

/** The reporting stance a claim takes towards what it tells: a rebutted report is a denial (or, hedged, a guess), whatever the reporting verb. */
export function effectiveStance(c: Claim): ReportingStance {
  if (!callsOwnContentFalse(c)) return c.attribution.stance;
  // "reports she did it may be false" neither puts the act forward nor firmly denies it.
  return truthValue(c)!.hedged ? 'speculated' : 'denied';
}
