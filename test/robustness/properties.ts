/**
 * The robustness properties of `analyze`, defined once: the test suite runs them with a modest number of
 * runs, `npm run fuzz` (scripts/fuzz.ts) with many more. Each property throws with the violations it found.
 */
import fc from 'fast-check';
import { analyze } from '../../src/api/analyze.js';
import type { DocumentInput } from '../../src/model/document.js';
import { ReportSchema, type Report } from '../../src/model/report.js';
import { anyTextArb, documentsArb, permutationOf, sameEventDocumentsArb } from './arbitraries.js';
import { conflictKey, coverageGaps, echoViolations, nonFiniteNumbers, orderViolations, spanViolations, withoutTimings, type Originals } from './checks.js';

export interface RobustnessProperty {
  name: string;
  /** Share of the fuzz budget this property gets (the suite uses its own small count). */
  weight: number;
  property: fc.IProperty<[unknown]>;
}

function originalsOf(input: string | { documents: DocumentInput[] }): Originals {
  return typeof input === 'string' ? new Map([['article', input]]) : new Map(input.documents.map((d) => [d.id, d.text]));
}

function fail(what: string, problems: readonly unknown[]): void {
  if (problems.length > 0) throw new Error(`${what}: ${problems.length} problem(s); first: ${JSON.stringify(problems.slice(0, 3))}`);
}

/** The report survives JSON and still satisfies its own schema (scores in [0, 1], integer offsets, no NaN). */
function assertWellFormed(report: Report): void {
  fail('non-finite numbers or functions in the report', nonFiniteNumbers(report));
  const parsed = ReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
  if (!parsed.success) fail('report does not match ReportSchema after a JSON round trip', parsed.error.issues.slice(0, 3));
}

function assertSpans(report: Report, originals: Originals): void {
  fail('spans that are not original.slice(start, end)', spanViolations(report, originals));
  fail('text fields that disagree with their span', echoViolations(report));
}

function assertCoverage(report: Report, originals: Originals): void {
  fail('letters or digits outside every claim and skipped span', coverageGaps(report, originals));
}

/** `analyze` never throws on a string within the limits, and returns a well-formed report. */
export const neverThrowsOnStrings = fc.property(anyTextArb, (text) => {
  assertWellFormed(analyze(text));
});

/** `analyze` never throws on a valid `{ documents }` input, and returns a well-formed report. */
export const neverThrowsOnDocuments = fc.property(documentsArb, (input) => {
  assertWellFormed(analyze(input));
});

/** Every span anywhere in the report is the exact original text of its range, through folding and markers. */
export const spansAreExact = fc.property(fc.oneof(anyTextArb, documentsArb), (input) => {
  assertSpans(analyze(input), originalsOf(input));
});

/** Claim spans and skipped spans cover every letter and digit outside citation markers (see coverageGaps). */
export const nothingSilentlyLost = fc.property(fc.oneof(anyTextArb, documentsArb), (input) => {
  assertCoverage(analyze(input), originalsOf(input));
});

/** Two runs give the same bytes apart from `timings`. */
export const deterministic = fc.property(fc.oneof(documentsArb, sameEventDocumentsArb), (input) => {
  const first = withoutTimings(analyze(input));
  const second = withoutTimings(analyze(structuredClone(input)));
  if (first !== second) throw new Error(`two runs differ: ${firstDifference(first, second)}`);
});

/** Any order of the documents gives the same conflicts (kind, documents, spans, score), in canonical order. */
export const orderIndependent = fc.property(
  fc.oneof(sameEventDocumentsArb, documentsArb).chain((input) => fc.tuple(fc.constant(input), permutationOf(input.documents))),
  ([input, shuffled]) => {
    const a = analyze(input).conflicts;
    const b = analyze({ documents: shuffled }).conflicts;
    fail('conflicts out of order', orderViolations(a));
    fail('conflicts out of order after shuffling', orderViolations(b));
    const unorientedA = a.map((c) => conflictKey(c, false)).sort();
    const unorientedB = b.map((c) => conflictKey(c, false)).sort();
    if (JSON.stringify(unorientedA) !== JSON.stringify(unorientedB)) {
      const onlyA = unorientedA.filter((k) => !unorientedB.includes(k));
      const onlyB = unorientedB.filter((k) => !unorientedA.includes(k));
      throw new Error(`different conflicts after shuffling the documents: only before ${JSON.stringify(onlyA.slice(0, 2))}; only after ${JSON.stringify(onlyB.slice(0, 2))}`);
    }
    const keysA = a.map((c) => conflictKey(c));
    const keysB = b.map((c) => conflictKey(c));
    if (JSON.stringify(keysA) !== JSON.stringify(keysB)) {
      const at = keysA.findIndex((k, i) => k !== keysB[i]);
      throw new Error(`same conflicts, but their sides or order follow the document order: ${keysA[at]} became ${keysB[at]}`);
    }
  },
);

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at byte ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

/** All properties, with their share of the fuzz budget (the cheap single-run ones get more inputs). */
export const ROBUSTNESS_PROPERTIES: readonly RobustnessProperty[] = [
  { name: 'never throws on strings', weight: 3, property: neverThrowsOnStrings },
  { name: 'never throws on documents', weight: 3, property: neverThrowsOnDocuments },
  { name: 'spans are exact', weight: 3, property: spansAreExact },
  { name: 'claims and skipped cover the text', weight: 3, property: nothingSilentlyLost },
  { name: 'deterministic apart from timings', weight: 1, property: deterministic },
  { name: 'conflicts independent of document order', weight: 1, property: orderIndependent },
];
