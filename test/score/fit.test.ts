import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, sigmoid, solveLinear, type FitExample } from '../../src/score/fit.js';

const NEWTON = { iterations: 50 } as const;

function rows(x: number, positives: number, negatives: number): FitExample[] {
  return [...Array.from({ length: positives }, () => ({ features: [x], label: 1 as const })), ...Array.from({ length: negatives }, () => ({ features: [x], label: 0 as const }))];
}

/** x = 0: 3 real of 4; x = 1: 1 real of 4. Unpenalised, the MLE reproduces both shares: bias = ln 3, w = −2 ln 3. */
const SATURATED = [...rows(0, 3, 1), ...rows(1, 1, 3)];

describe('fitLogistic', () => {
  it('finds the known maximum-likelihood answer of a saturated model', () => {
    const model = fitLogistic(SATURATED, { ...NEWTON, lambda: 0, nonNegative: false });
    expect(model.bias).toBeCloseTo(Math.log(3), 9);
    expect(model.weights[0]).toBeCloseTo(-2 * Math.log(3), 9);
    expect(predict(model, [0])).toBeCloseTo(0.75, 9);
    expect(predict(model, [1])).toBeCloseTo(0.25, 9);
  });

  it('pins a weight that would count backwards to 0 and refits the bias to the overall share', () => {
    const model = fitLogistic(SATURATED, { ...NEWTON, lambda: 0, nonNegative: true });
    expect(model.weights).toEqual([0]);
    expect(model.bias).toBeCloseTo(0, 9);
    expect(predict(model, [1])).toBeCloseTo(0.5, 9);
  });

  it('constrains only the flagged features', () => {
    const data = SATURATED.map((e) => ({ ...e, features: [e.features[0]!, e.features[0]!] }));
    const model = fitLogistic(data, { ...NEWTON, lambda: 1, nonNegative: [true, false] });
    expect(model.weights[0]).toBe(0);
    expect(model.weights[1]!).toBeLessThan(0);
  });

  it('gives separable data a finite weight of the right sign under L2, and a symmetric bias', () => {
    const data: FitExample[] = [-2, -1, 1, 2].map((x) => ({ features: [x], label: x > 0 ? 1 : 0 }));
    const up = fitLogistic(data, { ...NEWTON, lambda: 1, nonNegative: false });
    expect(up.weights[0]!).toBeGreaterThan(0);
    expect(Number.isFinite(up.weights[0])).toBe(true);
    expect(up.bias).toBeCloseTo(0, 9);
    const down = fitLogistic(data.map((e) => ({ ...e, label: e.label === 1 ? 0 : 1 })), { ...NEWTON, lambda: 1, nonNegative: false });
    expect(down.weights[0]).toBeCloseTo(-up.weights[0]!, 9);
  });

  it('leaves a feature the data never varies at its prior', () => {
    const data = [...rows(0, 2, 2)];
    const model = fitLogistic(data, { ...NEWTON, lambda: 3, prior: [1.5], nonNegative: true });
    expect(model.weights[0]).toBeCloseTo(1.5, 12);
    expect(model.bias).toBeCloseTo(0, 9);
  });

  it('counts example weights like repeated examples', () => {
    const weighted: FitExample[] = [
      { features: [0], label: 1, weight: 3 },
      { features: [0], label: 0 },
      { features: [1], label: 1 },
      { features: [1], label: 0, weight: 3 },
    ];
    const a = fitLogistic(weighted, { ...NEWTON, lambda: 0.5, nonNegative: false });
    const b = fitLogistic(SATURATED, { ...NEWTON, lambda: 0.5, nonNegative: false });
    expect(a.bias).toBeCloseTo(b.bias, 9);
    expect(a.weights[0]).toBeCloseTo(b.weights[0]!, 9);
  });

  it('is deterministic: the same data gives bit-identical coefficients', () => {
    const options = { ...NEWTON, lambda: 0.7, nonNegative: false };
    expect(fitLogistic(SATURATED, options)).toEqual(fitLogistic(SATURATED, options));
  });
});

describe('solveLinear and sigmoid', () => {
  it('solves a 2 × 2 system', () => {
    const [x, y] = solveLinear([[2, 1], [1, 3]], [3, 5]);
    expect(x).toBeCloseTo(0.8, 12);
    expect(y).toBeCloseTo(1.4, 12);
  });

  it('gives a flat direction 0 instead of dividing by zero', () => {
    expect(solveLinear([[1, 0], [0, 0]], [2, 0])).toEqual([2, 0]);
  });

  it('is symmetric and finite at extreme logits', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(2) + sigmoid(-2)).toBeCloseTo(1, 15);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
  });
});

describe('fitLogistic on bad input', () => {
  it('names the example with a non-finite feature instead of fitting it', () => {
    const examples = [
      { features: [0.1, 0.2], label: 1 as const },
      { features: [Number.NaN, 0.2], label: 0 as const },
    ];
    expect(() => fitLogistic(examples, { lambda: 1, iterations: 5, nonNegative: [false, false] })).toThrow(/example 1 has 2 features \(expected 2\) or a non-finite one: NaN, 0.2/);
  });
});
