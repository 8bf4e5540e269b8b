import type { Claim, ReportingStance } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { truthValue } from './truth-value.js';

/**
 * The claim tells a report in order to call it false ("said reports she signed the lease are lies"): its predicate
 * is among the words of the phrase called false, before the cue. Such a claim denies what it tells; it does not put it forward.
 */
export function callsOwnContentFalse(c: Claim): boolean {
  const value = truthValue(c);
  const predicate = c.proposition.predicate;
  if (value === null || value.value || value.hedged || predicate === undefined || predicate.span.end > value.cue.start) return false;
  // The predicate must be among the words called false, not the verb of a clause around them ("spoke to her: the story is not true").
  return value.referent.has(stem(predicate.text.toLowerCase())) || value.referent.has(stem(predicate.lemma.toLowerCase()));
}

/** The reporting stance a claim takes towards what it tells: a rebutted report is a denial, whatever the reporting verb. */
export function effectiveStance(c: Claim): ReportingStance {
  return callsOwnContentFalse(c) ? 'denied' : c.attribution.stance;
}
