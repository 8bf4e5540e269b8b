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

/** The denying word as a negator term: only its offsets and words are read. */
function denyingTerm(verb: Range, text: string): Term {
  const lower = text.slice(verb.start, verb.end).toLowerCase();
  return { start: verb.start, end: verb.end, lower, root: lower, tags: new Set(['Negative']), capitalized: false, commaAfter: false };
}

/** The words a negation covers, from the negator on; a denial after its clause ("P, the ministry denied") covers from the verb. */
export function negationScope(negator: Range, predicate: Range, end: number): Range {
  return negator.start < end ? { start: negator.start, end } : { start: predicate.start, end: negator.end };
}
