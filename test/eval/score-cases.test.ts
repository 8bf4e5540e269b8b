import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/eval/case-file.js';
import { scoreCases } from '../../src/eval/score-cases.js';
import { GainsayError } from '../../src/model/errors.js';
import { claimAt, conflictOf, reportOf } from './builders.js';

const FERRY_1 = 'The ferry left the harbour at noon. Passengers cheered on the deck.';
const FERRY_2 = 'The ferry stayed in the harbour all day. Storm warnings kept it tied up.';
const FARES_1 = 'Fares rose by ten percent in May. The mayor blamed fuel costs.';
const FARES_2 = 'Fares fell in May, the operator said. Fuel costs were stable.';

const source = { name: 'Test Outlet', kind: 'newspaper' as const };

const ferry: Case = {
  id: 'ferry',
  documents: [
    { id: 'd1', source, text: FERRY_1 },
    { id: 'd2', source, text: FERRY_2 },
  ],
  expected: [{ kind: 'polarity', a: { document: 'd1', quote: 'ferry left the harbour' }, b: { document: 'd2', quote: 'stayed in the harbour' } }],
};

const fares: Case = {
  id: 'fares',
  documents: [
    { id: 'd1', source, text: FARES_1 },
    { id: 'd2', source, text: FARES_2 },
  ],
  expected: [
    { kind: 'opposition', a: { document: 'd1', quote: 'Fares rose by ten percent' }, b: { document: 'd2', quote: 'Fares fell in May' } },
    { kind: 'attribution', a: { document: 'd1', quote: 'mayor blamed fuel costs' }, b: { document: 'd2', quote: 'Fuel costs were stable' } },
  ],
};

const negative = (id: string): Case => ({ id, documents: [{ id: 'd1', source, text: FERRY_1 }], expected: [] });

// Claims of the ferry documents: whole first sentences (overlap the quotes) and second sentences (do not).
const left = claimAt('c1', 'd1', FERRY_1, 0, 35);
const stayed = claimAt('c2', 'd2', FERRY_2, 0, 40);
const cheered = claimAt('c3', 'd1', FERRY_1, 36, 67);
const storm = claimAt('c4', 'd2', FERRY_2, 41, 72);

const FERRY_MISS = {
  caseId: 'ferry',
  kind: 'polarity',
  a: { document: 'd1', start: 4, end: 26, text: 'ferry left the harbour' },
  b: { document: 'd2', start: 10, end: 31, text: 'stayed in the harbour' },
};

describe('scoreCases: matching', () => {
  it('matches a reported conflict whose claims overlap quotes a and b', () => {
    const report = reportOf([left, stayed], [conflictOf('x', 'polarity', left, stayed, 0.8, 'high')]);
    const e = scoreCases([ferry], [report]);
    expect([e.cases, e.expected, e.reported, e.matched]).toEqual([1, 1, 1, 1]);
    expect([e.precision, e.recall, e.f1, e.kindAccuracy, e.negativesClean]).toEqual([1, 1, 1, 1, null]);
    expect(e.misses).toEqual([]);
    expect(e.falseAlarms).toEqual([]);
    expect(e.perKind.polarity).toEqual({ expected: 1, reported: 1, matched: 1, kindCorrect: 1 });
    expect(e.perKind.numeric).toEqual({ expected: 0, reported: 0, matched: 0, kindCorrect: 0 });
  });

  it('matches in either order of the two claims', () => {
    const report = reportOf([left, stayed], [conflictOf('x', 'polarity', stayed, left, 0.8, 'high')]);
    expect(scoreCases([ferry], [report]).matched).toBe(1);
  });

  it('does not match when only one side overlaps, and reports the miss and the false alarm', () => {
    const report = reportOf([left, storm], [conflictOf('x', 'polarity', left, storm, 0.7, 'medium')]);
    const e = scoreCases([ferry], [report]);
    expect([e.matched, e.precision, e.recall, e.f1]).toEqual([0, 0, 0, 0]);
    expect(e.misses).toEqual([FERRY_MISS]);
    expect(e.falseAlarms).toEqual([
      {
        caseId: 'ferry',
        kind: 'polarity',
        score: 0.7,
        band: 'medium',
        a: { document: 'd1', span: { start: 0, end: 35, text: 'The ferry left the harbour at noon.' } },
        b: { document: 'd2', span: { start: 41, end: 72, text: 'Storm warnings kept it tied up.' } },
      },
    ]);
  });

  it('treats spans as half-open: touching the quote is not overlapping, one shared character is', () => {
    const before = claimAt('b', 'd1', FERRY_1, 0, 4);
    const after = claimAt('f', 'd1', FERRY_1, 26, 35);
    const lastChar = claimAt('l', 'd1', FERRY_1, 25, 35);
    const run = (a: typeof left) => scoreCases([ferry], [reportOf([a, stayed], [conflictOf('x', 'polarity', a, stayed, 0.8, 'high')])]).matched;
    expect([run(before), run(after), run(lastChar)]).toEqual([0, 0, 1]);
  });

  it('needs each claim in the document its quote names', () => {
    const sameTextOtherDoc = claimAt('c9', 'd3', FERRY_1, 0, 35);
    const report = reportOf([sameTextOtherDoc, stayed], [conflictOf('x', 'polarity', sameTextOtherDoc, stayed, 0.8, 'high')]);
    expect(scoreCases([ferry], [report]).matched).toBe(0);
  });

  it('matches each expected conflict once: the stronger duplicate matches, the weaker is a false alarm', () => {
    const report = reportOf(
      [left, stayed],
      [conflictOf('weak', 'status', left, stayed, 0.55, 'medium'), conflictOf('strong', 'polarity', stayed, left, 0.95, 'high')],
    );
    const e = scoreCases([ferry], [report]);
    expect([e.reported, e.matched, e.precision, e.recall]).toEqual([2, 1, 0.5, 1]);
    expect(e.f1).toBeCloseTo(2 / 3, 12);
    expect(e.falseAlarms.map((f) => [f.kind, f.score])).toEqual([['status', 0.55]]);
    expect(e.kindAccuracy).toBe(1);
  });

  it('takes reported conflicts in descending score, not report order', () => {
    // wide overlaps both expected conflicts, narrow only the first: strongest-first lets both match.
    const wide1 = claimAt('w1', 'd1', FARES_1, 0, 62);
    const wide2 = claimAt('w2', 'd2', FARES_2, 0, 61);
    const narrow1 = claimAt('n1', 'd1', FARES_1, 0, 33);
    const narrow2 = claimAt('n2', 'd2', FARES_2, 0, 37);
    const report = reportOf(
      [wide1, wide2, narrow1, narrow2],
      [conflictOf('wide', 'attribution', wide1, wide2, 0.6, 'medium'), conflictOf('narrow', 'opposition', narrow1, narrow2, 0.9, 'high')],
    );
    const e = scoreCases([fares], [report]);
    expect([e.matched, e.precision, e.recall, e.kindAccuracy]).toEqual([2, 1, 1, 1]);
    expect(e.perKind.opposition).toEqual({ expected: 1, reported: 1, matched: 1, kindCorrect: 1 });
    expect(e.perKind.attribution).toEqual({ expected: 1, reported: 1, matched: 1, kindCorrect: 1 });
  });
});

describe('scoreCases: reporting rule, kinds and negatives', () => {
  it('counts bands medium and high by default, and the score threshold (inclusive) when given', () => {
    const low = reportOf([left, stayed], [conflictOf('x', 'polarity', left, stayed, 0.3, 'low')]);
    expect(scoreCases([ferry], [low]).reported).toBe(0);
    expect(scoreCases([ferry], [low], { threshold: 0.3 }).matched).toBe(1);
    expect(scoreCases([ferry], [low], { threshold: 0.31 }).reported).toBe(0);
    const highButWeak = reportOf([left, stayed], [conflictOf('x', 'polarity', left, stayed, 0.7, 'high')]);
    expect(scoreCases([ferry], [highButWeak], { threshold: 0.75 }).reported).toBe(0);
  });

  it('scores kind accuracy over matched pairs and lists the wrong kinds', () => {
    const n1 = claimAt('n1', 'd1', FARES_1, 0, 33);
    const n2 = claimAt('n2', 'd2', FARES_2, 0, 37);
    const m1 = claimAt('m1', 'd1', FARES_1, 34, 62);
    const m2 = claimAt('m2', 'd2', FARES_2, 38, 61);
    const report = reportOf([n1, n2, m1, m2], [conflictOf('a', 'opposition', n1, n2, 0.9, 'high'), conflictOf('b', 'numeric', m2, m1, 0.8, 'high')]);
    const e = scoreCases([fares], [report]);
    expect([e.matched, e.kindAccuracy]).toEqual([2, 0.5]);
    expect(e.perKind.attribution).toEqual({ expected: 1, reported: 0, matched: 1, kindCorrect: 0 });
    expect(e.perKind.numeric).toEqual({ expected: 0, reported: 1, matched: 0, kindCorrect: 0 });
    expect(e.wrongKind).toEqual([
      {
        caseId: 'fares',
        expectedKind: 'attribution',
        reportedKind: 'numeric',
        score: 0.8,
        band: 'high',
        a: { document: 'd2', span: { start: 38, end: 61, text: 'Fuel costs were stable.' } },
        b: { document: 'd1', span: { start: 34, end: 62, text: 'The mayor blamed fuel costs.' } },
      },
    ]);
  });

  it('counts the share of negative cases with nothing reported (a low band does not count)', () => {
    const flagged = reportOf([left, cheered], [conflictOf('x', 'actor', left, cheered, 0.6, 'medium')]);
    const quietLow = reportOf([left, cheered], [conflictOf('y', 'actor', left, cheered, 0.2, 'low')]);
    const e = scoreCases([negative('n1'), negative('n2'), negative('n3'), ferry], [flagged, quietLow, reportOf([], []), reportOf([], [])]);
    expect(e.negativesClean).toBeCloseTo(2 / 3, 12);
    expect([e.expected, e.reported, e.matched, e.precision, e.recall, e.f1]).toEqual([1, 1, 0, 0, 0, 0]);
    expect(e.misses).toEqual([FERRY_MISS]);
    expect(e.falseAlarms.map((f) => f.caseId)).toEqual(['n1']);
  });

  it('uses null for rates over nothing', () => {
    const nothing = scoreCases([ferry], [reportOf([], [])]);
    expect([nothing.precision, nothing.recall, nothing.f1, nothing.kindAccuracy, nothing.negativesClean]).toEqual([null, 0, 0, null, null]);
    const allQuiet = scoreCases([negative('n1')], [reportOf([], [])]);
    expect([allQuiet.precision, allQuiet.recall, allQuiet.f1, allQuiet.kindAccuracy, allQuiet.negativesClean]).toEqual([null, null, null, null, 1]);
  });

  it('keeps a conflict whose claim is missing from the report as a false alarm with a null span', () => {
    const ghost = claimAt('ghost', 'd2', FERRY_2, 0, 40);
    const e = scoreCases([ferry], [reportOf([left], [conflictOf('x', 'polarity', left, ghost, 0.8, 'high')])]);
    expect(e.matched).toBe(0);
    expect(e.falseAlarms[0]!.b).toEqual({ document: 'd2', span: null });
  });

  it('needs one report per case', () => {
    expect(() => scoreCases([ferry, fares], [reportOf([], [])])).toThrow(GainsayError);
  });
});
