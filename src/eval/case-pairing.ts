import type { Band, Conflict, ConflictKind } from '../model/conflict.js';
import { GainsayError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import { spanOf, type Span } from '../model/span.js';
import type { Case } from './case-file.js';

/** Bands that count as a reported conflict when no explicit score threshold is given (FORMAT.md). */
export const REPORTED_BANDS: readonly Band[] = ['medium', 'high'];

/** A gold quote located in its document. */
export type QuoteLocation = Span & { document: string };

/** Where one claim of a reported conflict sits; span is null when the report lacks the claim. */
export interface ClaimLocation {
  document: string;
  span: Span | null;
}

export interface GoldConflict {
  kind: ConflictKind;
  a: QuoteLocation;
  b: QuoteLocation;
}

export interface ReportedConflict {
  kind: ConflictKind;
  score: number;
  band: Band;
  a: ClaimLocation;
  b: ClaimLocation;
}

export interface CasePairing {
  gold: GoldConflict[];
  reported: ReportedConflict[];
  /** For each reported conflict (in descending score order), the index of the gold conflict it matched. */
  matchOf: (number | null)[];
}

/**
 * The gold quote's span. The evaluator (not the library) may search here: the quote is defined as an
 * exact substring of the case's own text, and the checker guarantees it occurs once.
 */
function locateQuote(kase: Case, side: { document: string; quote: string }, path: (string | number)[]): QuoteLocation {
  const text = kase.documents.find((d) => d.id === side.document)?.text;
  const start = text === undefined ? -1 : text.indexOf(side.quote);
  if (text === undefined || start < 0) {
    throw new GainsayError('invalid-input', [{ path, message: `quote not found in document "${side.document}" of case "${kase.id}"` }]);
  }
  return { document: side.document, ...spanOf(text, start, start + side.quote.length) };
}

export function goldConflicts(kase: Case): GoldConflict[] {
  return kase.expected.map((conflict, i) => ({
    kind: conflict.kind,
    a: locateQuote(kase, conflict.a, ['expected', i, 'a']),
    b: locateQuote(kase, conflict.b, ['expected', i, 'b']),
  }));
}

export function isReported(conflict: Conflict, threshold?: number): boolean {
  return threshold === undefined ? REPORTED_BANDS.includes(conflict.band) : conflict.score >= threshold;
}

/** The report's reported conflicts, strongest first (ties keep the report's order), with their claims' spans. */
export function reportedConflicts(report: Report, threshold?: number): ReportedConflict[] {
  const spans = new Map(report.claims.map((claim) => [claim.id, claim.span]));
  return report.conflicts
    .filter((conflict) => isReported(conflict, threshold))
    .sort((x, y) => y.score - x.score)
    .map((conflict) => ({
      kind: conflict.kind,
      score: conflict.score,
      band: conflict.band,
      a: { document: conflict.documents[0], span: spans.get(conflict.claims[0]) ?? null },
      b: { document: conflict.documents[1], span: spans.get(conflict.claims[1]) ?? null },
    }));
}

/** Half-open ranges overlap when each starts before the other ends. */
function overlaps(claim: ClaimLocation, quote: QuoteLocation): boolean {
  return claim.span !== null && claim.document === quote.document && claim.span.start < quote.end && quote.start < claim.span.end;
}

/** FORMAT.md: in either order, first claim overlaps quote a and second claim overlaps quote b. */
export function sidesMatch(reported: ReportedConflict, gold: GoldConflict): boolean {
  return (
    (overlaps(reported.a, gold.a) && overlaps(reported.b, gold.b)) ||
    (overlaps(reported.a, gold.b) && overlaps(reported.b, gold.a))
  );
}

/** Greedy matching: each reported conflict, strongest first, takes the first gold conflict still free. */
export function pairCase(kase: Case, report: Report, threshold?: number): CasePairing {
  const gold = goldConflicts(kase);
  const reported = reportedConflicts(report, threshold);
  const taken = new Set<number>();
  const matchOf = reported.map((conflict) => {
    const index = gold.findIndex((g, i) => !taken.has(i) && sidesMatch(conflict, g));
    if (index < 0) return null;
    taken.add(index);
    return index;
  });
  return { gold, reported, matchOf };
}
