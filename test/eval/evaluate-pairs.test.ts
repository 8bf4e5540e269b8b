import { describe, expect, it } from 'vitest';
import { evaluatePairs, HYPOTHESIS_DOCUMENT, PREMISE_DOCUMENT, scorePairs } from '../../src/eval/evaluate-pairs.js';
import { loadPairs } from '../../src/eval/pairs-file.js';
import { GainsayError } from '../../src/model/errors.js';
import type { DocumentInput } from '../../src/model/document.js';
import { scriptedAnalyze, TINY_PAIRS, TINY_SCRIPT } from './pairs-fake.js';

const analyze = scriptedAnalyze(TINY_SCRIPT);

// Worked by hand. Medium+: c1 (numeric high), c2 (polarity medium, gold status) and k1 (medium) are reported;
// c3 is only low; c4 has nothing; k2's high conflict joins two premise claims and does not count.
describe('evaluatePairs on seven scripted pairs', () => {
  const e = evaluatePairs(TINY_PAIRS, { analyze });

  it('scores the contradiction class at medium or high', () => {
    expect([e.pairs, e.contradictions, e.reported, e.threshold]).toEqual([7, 4, 3, null]);
    expect(e.precision).toBeCloseTo(2 / 3, 12);
    expect(e.recall).toBe(0.5);
    expect(e.f1).toBeCloseTo(4 / 7, 12);
    expect(e.accuracy).toBeCloseTo(4 / 7, 12);
    expect(e.falseAlarmRate).toBeCloseTo(1 / 3, 12);
    expect(e.misses).toEqual(['c3', 'c4']);
    expect(e.falseAlarms).toEqual(['k1']);
  });

  it('gives each band its own rates', () => {
    expect(e.byThreshold.low).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(e.byThreshold.medium).toEqual({ precision: e.precision, recall: e.recall, f1: e.f1 });
    expect(e.byThreshold.high).toEqual({ precision: 1, recall: 0.25, f1: 0.4 });
  });

  it('counts kinds only on pairs that name one', () => {
    expect(e.kindAccuracy).toBe(0.5);
    expect(e.perKind.numeric).toEqual({ expected: 1, found: 1, kindRight: 1 });
    expect(e.perKind.status).toEqual({ expected: 1, found: 1, kindRight: 0 });
    expect(e.perKind.location).toEqual({ expected: 1, found: 0, kindRight: 0 });
    expect(e.perKind.polarity).toEqual({ expected: 0, found: 0, kindRight: 0 });
    expect(e.wrongKind).toEqual([{ id: 'c2', expected: 'status', found: 'polarity' }]);
    expect(e.seconds).toBeGreaterThanOrEqual(0);
  });

  it('a score threshold replaces the band decision at the top level only', () => {
    const t = evaluatePairs(TINY_PAIRS, { analyze, threshold: 0.58 });
    expect([t.reported, t.precision, t.recall, t.threshold, t.falseAlarms]).toEqual([2, 1, 0.5, 0.58, []]);
    expect(t.byThreshold).toEqual(e.byThreshold);
  });
});

describe('evaluatePairs input', () => {
  it('sends premise and hypothesis as two documents from two independent sources of unknown kind', () => {
    const calls: DocumentInput[][] = [];
    const done: number[] = [];
    evaluatePairs([TINY_PAIRS[0]], { analyze: scriptedAnalyze(TINY_SCRIPT, calls), onProgress: (n) => done.push(n) });
    expect(calls).toEqual([
      [
        { id: PREMISE_DOCUMENT, text: 'Five people died in the fire.', source: { id: 'premise', name: 'Premise', kind: 'unknown' } },
        { id: HYPOTHESIS_DOCUMENT, text: 'Nine people died in the fire.', source: { id: 'hypothesis', name: 'Hypothesis', kind: 'unknown' } },
      ],
    ]);
    expect(done).toEqual([1]);
  });

  it('rejects a bad pair naming its index, and an empty list', () => {
    expect(() => evaluatePairs([{ premise: 'a', hypothesis: 'b', label: 'neutral' }], { analyze })).toThrow(GainsayError);
    expect(() => evaluatePairs([TINY_PAIRS[0], { premise: 'a', hypothesis: 'b', label: 'neutral' }], { analyze })).toThrow(/^pairs\.1\.label: /);
    expect(() => evaluatePairs([], { analyze })).toThrow('pairs: no pairs');
  });

  it('without contradictions precision and recall are undefined, not 0', () => {
    const pairs = loadPairs([{ premise: 'a', hypothesis: 'b', label: 'entailment' }]);
    const s = scorePairs(pairs, [{ conflicts: [] }]);
    expect([s.precision, s.recall, s.f1, s.kindAccuracy, s.accuracy, s.falseAlarmRate]).toEqual([null, null, null, null, 1, 0]);
    expect(() => scorePairs(pairs, [])).toThrow('expected one outcome per pair: 1 pairs, 0 outcomes');
  });
});
