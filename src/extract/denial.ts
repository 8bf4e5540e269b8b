import type { Range } from '../ingest/types.js';
import type { Attribution } from '../model/claim.js';
import type { PropositionParts } from './proposition.js';
import type { Term } from './terms.js';

/**
 * A denial is its holder's own negation of what it takes ("The ministry denied that the plant passed" holds "the plant
 * did not pass"; FactBank reads a denial as a firm CT- commitment, Saurí & Pustejovsky 2009): the denying word stands
 * as the clause's negator, and a negator already inside the clause cancels against it ("denied that it had not paid"
 * holds that it paid). The stance stays 'denied' so an explanation can say who denied what.
 */
export function underDenial(parts: PropositionParts, attribution: Attribution, text: string): PropositionParts {
  const verb = attribution.stance === 'denied' ? attribution.verbSpan : undefined;
  if (verb === undefined) return parts;
  if (parts.negator !== undefined) {
    const { negator: _cancelled, ...rest } = parts;
    return rest;
  }
  return { ...parts, negator: denyingTerm(verb, text) };
}

/** Marks the negator a denial stands in for, apart from a "not" or "no" of the clause's own. */
const DENIAL_TAG = 'Denial';

/** The denying word as a negator term: only its offsets and words are read. */
function denyingTerm(verb: Range, text: string): Term {
  const lower = text.slice(verb.start, verb.end).toLowerCase();
  return { start: verb.start, end: verb.end, lower, root: lower, tags: new Set([DENIAL_TAG]), capitalized: false, commaAfter: false };
}

/** The words a negation covers, from the negator on; a denial after its clause ("reports that P are false") is its own words. */
export function negationScope(negator: Range, end: number): Range {
  return negator.start < end ? { start: negator.start, end } : { start: negator.start, end: negator.end };
}

/** A negation after its whole clause ("reports that P are false") is shown by its own words, not by the clause it closes. */
export function denialCue(cue: Range, negator: Term, predicate: Range): Range {
  return negator.tags.has(DENIAL_TAG) && negator.start >= predicate.end ? { start: negator.start, end: negator.end } : cue;
}
