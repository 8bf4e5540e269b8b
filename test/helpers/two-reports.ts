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

/** Two reports from two named outlets, published on the given dates (the second defaults to the first; none when omitted). */
function analyzeDated(a: string, b: string, dates: readonly [string, string?] | undefined): Report {
  const published = (d: string | undefined) => (d === undefined ? {} : { publishedAt: d });
  return analyze({
    documents: [
      { id: 'a', source: { name: 'First Report' }, text: a, ...published(dates?.[0]) },
      { id: 'b', source: { name: 'Second Report' }, text: b, ...published(dates?.[1] ?? dates?.[0]) },
    ],
  });
}

/** Medium-or-high conflicts of two reports, as [kind, the evidence's words]. */
export function clashes(a: string, b: string, dates?: readonly [string, string?]): [string, string[]][] {
  return analyzeDated(a, b, dates)
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => [c.kind, c.evidence.map((e) => e.span.text)]);
}

/** The evidence's words of the medium-or-high conflicts of one kind between two reports. */
export function evidenceOf(kind: string, a: string, b: string, dates?: readonly [string, string?]): string[][] {
  return clashes(a, b, dates)
    .filter(([k]) => k === kind)
    .map(([, evidence]) => evidence);
}

/** The kinds of the medium-or-high conflicts of the two reports (analyzeTwoReports), strongest first. */
export function alertKinds(a: string, b: string): string[] {
  return analyzeTwoReports(a, b).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);
}
