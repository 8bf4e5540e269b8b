import { ASSERTING_COORDINATORS } from '../lexicon/grammar-words.js';
import type { Range } from '../ingest/types.js';
import type { Claim } from '../model/claim.js';
import type { Token } from '../segment/tokens.js';

/**
 * "The notice remains in place, the utility said, and it expects to lift it": a clause coordinated after a trailing
 * comment clause (Quirk et al. 1985, § 13.5 clause coordination; § 15.54, a comment clause relates to its host
 * clause). The frame holds the host; the conjunct is a clause of its own, read as one (its own frame, if any).
 */
const ASSERTING: ReadonlySet<string> = new Set(ASSERTING_COORDINATORS);

/** Where the conjunct after the frame starts: the proposition resumes with ", and" / ", but" right after the frame. */
export function resumedConjunct(tokens: readonly Token[], resumes: Range): Range | undefined {
  const at = tokens.findIndex((t) => t.start === resumes.start);
  if (at < 1 || !ASSERTING.has(tokens[at]!.lower) || tokens[at - 1]!.lower !== ',') return undefined;
  const first = tokens[at + 1];
  return first && first.kind !== 'punct' ? { start: first.start, end: resumes.end } : undefined;
}

/** The conjunct is a clause only with a subject of its own: something stands before its verb ("and moved north" has none). */
export function hasOwnSubject(claim: Claim | undefined, conjunct: Range): boolean {
  const p = claim?.proposition;
  if (!p?.predicate || p.predicate.span.start <= conjunct.start) return false;
  return p.actor !== undefined || p.theme !== undefined || claim!.attribution.holderKind !== 'author';
}

/**
 * "P, the company said, adding that Q": a supplementive "-ing" clause takes the subject of its host (Quirk et al. 1985,
 * § 15.60), so a reporting verb's "-ing" form with a "that" clause after the frame says Q, held by the frame's holder.
 * Where Q starts, else undefined ("adding to fears", "adding a statement": no "that").
 */
export function reportedSupplement(tokens: readonly Token[], resumes: Range, reportingForms: Readonly<Record<string, string>>): Range | undefined {
  const at = tokens.findIndex((t) => t.start === resumes.start);
  const verb = tokens[at];
  if (at < 1 || !verb || !verb.lower.endsWith('ing') || reportingForms[verb.lower] === undefined || tokens[at - 1]!.lower !== ',') return undefined;
  if (tokens[at + 1]?.lower !== 'that') return undefined;
  const first = tokens[at + 2];
  return first && first.kind !== 'punct' ? { start: first.start, end: resumes.end } : undefined;
}
