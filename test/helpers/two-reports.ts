import { expect } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import type { Report } from '../../src/model/types.js';

/** Two reports of one day from two named outlets, analysed together: the set-up of the pair tests. */
export function analyzeTwoReports(a: string, b: string): Report {
  return analyze({
    documents: [
      { id: 'a', source: { name: 'First Report' }, publishedAt: '2025-04-02', text: a },
      { id: 'b', source: { name: 'Second Report' }, publishedAt: '2025-04-02', text: b },
    ],
  });
}

/** The strongest conflict of two undated reports from two named outlets (pasted wire copy carries no date), if any. */
export function strongestOfUndated(a: string, b: string): Report['conflicts'][number] | undefined {
  return analyze({
    documents: [
      { id: 'a', source: { name: 'Alpha Wire' }, text: a },
      { id: 'b', source: { name: 'Beta News' }, text: b },
    ],
  }).conflicts[0];
}

/** Medium-or-high conflicts between the two documents, as kind and band (bands move with each refit: medium or high). */
export function reportedBetween(a: string, b: string): { kind: string; band: string }[] {
  return analyzeTwoReports(a, b)
    .conflicts.filter((c) => c.band !== 'low' && c.documents[0] !== c.documents[1])
    .map((c) => ({ kind: c.kind, band: c.band }));
}

/** A band of medium or high: the refit may move a clear clash between the two. */
export const MEDIUM_PLUS = expect.stringMatching(/^(medium|high)$/);

/** The expectation of one medium-or-high conflict of the kind. */
export function oneClash(kind: string): { kind: string; band: unknown }[] {
  return [{ kind, band: MEDIUM_PLUS }];
}

/** Medium-or-high conflicts of the two reports, as kind, band and the evidence's words. */
export function alertsWithEvidence(a: string, b: string): { kind: string; band: string; evidence: string[] }[] {
  return analyzeTwoReports(a, b)
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => ({ kind: c.kind, band: c.band, evidence: c.evidence.map((e) => e.span.text) }));
}
