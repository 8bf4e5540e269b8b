import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCaseFile, type Case } from '../../src/eval/case-file.js';
import { evaluateCases } from '../../src/eval/evaluate-cases.js';
import type { AnalyzeFn } from '../../src/eval/pipeline.js';
import type { Claim } from '../../src/model/claim.js';
import type { Conflict } from '../../src/model/conflict.js';
import type { DocumentInput } from '../../src/model/document.js';
import { GainsayError } from '../../src/model/errors.js';
import type { OptionsInput } from '../../src/model/options.js';
import { claimAt, conflictOf, reportOf } from './builders.js';

const TEXT_1 = 'The bridge reopened on Friday after repairs.';
const TEXT_2 = 'The bridge remains closed, engineers said.';
const file = {
  version: 1,
  cases: [
    {
      id: 'bridge',
      documents: [
        { id: 'a', source: { name: 'Valley Times', kind: 'newspaper' }, publishedAt: '2024-06-01', text: TEXT_1 },
        { id: 'b', source: { name: 'City Hall', kind: 'official' }, text: TEXT_2 },
      ],
      expected: [{ kind: 'status', a: { document: 'a', quote: 'bridge reopened on Friday' }, b: { document: 'b', quote: 'remains closed' } }],
    },
  ],
};

/** An analyze that answers each case with claims spanning the gold quotes and one conflict per expected one. */
function oracle(cases: Case[]): AnalyzeFn {
  return (input) => {
    const docs = typeof input === 'object' && 'documents' in input ? input.documents : [];
    const kase = cases.find((c) => c.documents.every((d, i) => docs[i]?.id === d.id && docs[i]?.text === d.text))!;
    const claims: Claim[] = [];
    const conflicts: Conflict[] = [];
    kase.expected.forEach((e, i) => {
      const [a, b] = [e.a, e.b].map((side, s) => {
        const text = kase.documents.find((d) => d.id === side.document)!.text;
        const start = text.indexOf(side.quote);
        return claimAt(`${i}${s}`, side.document, text, start, start + side.quote.length);
      });
      claims.push(a!, b!);
      conflicts.push(conflictOf(`k${i}`, e.kind, b!, a!, 0.9, 'high'));
    });
    return reportOf(claims, conflicts);
  };
}

describe('evaluateCases', () => {
  it('passes each case\'s documents and the analysis options to analyze, then scores', () => {
    const calls: [DocumentInput[], OptionsInput | undefined][] = [];
    const analyze: AnalyzeFn = (input, options) => {
      if (typeof input === 'object' && 'documents' in input) calls.push([input.documents, options]);
      const a = claimAt('x', 'a', TEXT_1, 4, 29);
      const b = claimAt('y', 'b', TEXT_2, 11, 25);
      return reportOf([a, b], [conflictOf('c', 'status', a, b, 0.4, 'low')]);
    };
    const byBand = evaluateCases(file, { analyze, minMatch: 0.3 });
    expect([byBand.reported, byBand.matched, byBand.recall]).toEqual([0, 0, 0]);
    const byScore = evaluateCases(file, { analyze, minMatch: 0.3, threshold: 0.4 });
    expect([byScore.reported, byScore.matched, byScore.precision, byScore.recall, byScore.kindAccuracy]).toEqual([1, 1, 1, 1, 1]);
    expect(calls[0]).toEqual([
      [
        { id: 'a', source: { name: 'Valley Times', kind: 'newspaper' }, publishedAt: '2024-06-01', text: TEXT_1 },
        { id: 'b', source: { name: 'City Hall', kind: 'official' }, text: TEXT_2 },
      ],
      { minMatch: 0.3 },
    ]);
  });

  it('validates the file before analysing anything', () => {
    let called = 0;
    const analyze: AnalyzeFn = () => {
      called += 1;
      return reportOf([], []);
    };
    expect(() => evaluateCases({ version: 1, cases: [{ id: 'x', expected: [] }] }, { analyze })).toThrow(GainsayError);
    expect(called).toBe(0);
  });
});

const SAMPLE = fileURLToPath(new URL('../../../shared/data/cases/sample.json', import.meta.url));
const hasShared = existsSync(SAMPLE);
if (!hasShared) console.warn(`skipping the sample case file test: ${SAMPLE} is absent (../shared not mounted)`);

describe.skipIf(!hasShared)('evaluateCases on ../shared/data/cases/sample.json', () => {
  const sample = () => JSON.parse(readFileSync(SAMPLE, 'utf8')) as unknown;

  it('loads all 30 cases and counts 22 expected conflicts and 12 negatives, clean when nothing is reported', () => {
    const e = evaluateCases(sample(), { analyze: () => reportOf([], []) });
    expect([e.cases, e.expected, e.reported, e.matched, e.precision, e.recall, e.f1, e.negativesClean]).toEqual([30, 22, 0, 0, null, 0, 0, 1]);
    expect(Object.values(e.perKind).map((t) => t.expected)).toEqual([3, 3, 3, 3, 2, 2, 2, 2, 2]);
    expect(e.misses).toHaveLength(22);
  });

  it('scores a perfect run perfectly: every gold quote is located in its document', () => {
    const cases = loadCaseFile(sample()).cases;
    const e = evaluateCases(sample(), { analyze: oracle(cases) });
    expect([e.matched, e.precision, e.recall, e.f1, e.kindAccuracy, e.negativesClean]).toEqual([22, 1, 1, 1, 1, 1]);
    for (const miss of evaluateCases(sample(), { analyze: () => reportOf([], []) }).misses) {
      const text = cases.find((c) => c.id === miss.caseId)!.documents.find((d) => d.id === miss.a.document)!.text;
      expect(text.slice(miss.a.start, miss.a.end)).toBe(miss.a.text);
    }
  });
});
