import { describe, expect, it } from 'vitest';
import { auc, crossValidate, foldOf } from '../../scripts/calibrate-cv.js';
import { FIT_FACTORS, type TrainingExample } from '../../scripts/calibrate-examples.js';
import type { PairUnit } from '../../scripts/calibrate-pairs.js';

describe('auc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, 0.5 for all ties, null without both labels', () => {
    expect(auc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(auc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBe(0);
    expect(auc([0.5, 0.5, 0.5], [1, 0, 0])).toBe(0.5);
    expect(auc([0.3, 0.4], [1, 1])).toBeNull();
  });

  it('counts one inversion of four pairs as 0.75', () => {
    expect(auc([0.9, 0.4, 0.5, 0.1], [1, 1, 0, 0])).toBe(0.75);
  });
});

describe('foldOf', () => {
  it('depends only on the group, and spreads groups over every fold', () => {
    expect(foldOf('case-7', 5)).toBe(foldOf('case-7', 5));
    const folds = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`g${i}`, 5)));
    expect([...folds].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

/** Pairs whose one conflict is real exactly when the clash is strong; half the pairs are labelled contradictions. */
function pairData(): { examples: TrainingExample[]; units: PairUnit[] } {
  const examples: TrainingExample[] = [];
  const units: PairUnit[] = [];
  for (let i = 0; i < 60; i++) {
    const label = (i % 2) as 0 | 1;
    const values: Record<string, number> = { match: 0.8, strength: label ? 0.95 : 0.2, certaintyA: 0.9, certaintyB: 0.9, credibility: 0.7, independence: 1, kindPrior: 1, alignedEvent: 1, foreground: 1 };
    units.push({ set: 'fnc1', id: `p${i}`, group: `p${i}`, label });
    units.push({ set: 'fnc1', id: `q${i}`, group: `q${i}`, label: 0 });
    examples.push({ set: 'fnc1', where: `p${i}`, group: `p${i}`, unit: `p${i}`, kind: 'polarity', values, logs: FIT_FACTORS.map((n) => Math.log(values[n]!)), label });
  }
  return { examples, units };
}

describe('crossValidate', () => {
  it('scores held-out pairs: a separating factor ranks every real conflict first and finds every contradiction', () => {
    const { examples, units } = pairData();
    const cv = crossValidate(examples, units, {}, 5, { medium: 0.5, high: 0.8 });
    expect(cv.fnc1.conflicts).toBe(60);
    expect(cv.fnc1.real).toBe(30);
    expect(cv.fnc1.auc).toBe(1);
    expect(cv.fnc1.unitRecall).toBe(1);
    expect(cv.fnc1.unitPrecision).toBe(1);
    expect(cv.cases.conflicts).toBe(0);
    expect(cv.cases.unitRecall).toBeNull();
  });
});
