import { describe, expect, it } from 'vitest';
import { fitSoftmax, softmaxProbabilities, type SoftmaxExample } from '../../src/score/fit-softmax.js';

/** Three classes on one feature: class 0 near x = −2, class 1 near 0, class 2 near +2, with overlap. */
function examples(): SoftmaxExample[] {
  const out: SoftmaxExample[] = [];
  for (let i = 0; i < 60; i++) {
    const label = i % 3;
    const x = (label - 1) * 2 + ((i * 7) % 11) / 5 - 1;
    out.push({ features: [x], label });
  }
  return out;
}

describe('fitSoftmax', () => {
  const data = examples();
  const model = fitSoftmax(data, { classes: 3, lambda: 0.1, iterations: 25 });

  it('holds the reference class at zero and orders the classes along the feature', () => {
    expect(model.coefficients[2]).toEqual([0, 0]);
    // Relative to class 2 (high x), class 0 has the most negative slope, class 1 in between.
    expect(model.coefficients[0]![1]!).toBeLessThan(model.coefficients[1]![1]!);
    expect(model.coefficients[1]![1]!).toBeLessThan(0);
    expect(softmaxProbabilities(model, [-3]).indexOf(Math.max(...softmaxProbabilities(model, [-3])))).toBe(0);
    expect(softmaxProbabilities(model, [0]).indexOf(Math.max(...softmaxProbabilities(model, [0])))).toBe(1);
    expect(softmaxProbabilities(model, [3]).indexOf(Math.max(...softmaxProbabilities(model, [3])))).toBe(2);
  });

  it('gives probabilities that sum to 1 and is deterministic', () => {
    const p = softmaxProbabilities(model, [0.3]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(fitSoftmax(examples(), { classes: 3, lambda: 0.1, iterations: 25 })).toEqual(model);
  });

  it('reaches the likelihood optimum: the gradient of the penalised log-loss is ~0', () => {
    const lambda = 0.1;
    const grad = [0, 0, 0, 0];
    for (const ex of data) {
      const p = softmaxProbabilities(model, ex.features);
      for (let k = 0; k < 2; k++) {
        const r = p[k]! - (ex.label === k ? 1 : 0);
        grad[k * 2]! += r;
        grad[k * 2 + 1]! += r * ex.features[0]!;
      }
    }
    grad[1]! += lambda * model.coefficients[0]![1]!;
    grad[3]! += lambda * model.coefficients[1]![1]!;
    for (const g of grad) expect(Math.abs(g)).toBeLessThan(1e-8);
  });

  it('shrinks the slopes, not the intercepts, as the penalty grows', () => {
    const strong = fitSoftmax(data, { classes: 3, lambda: 1000, iterations: 25 });
    expect(Math.abs(strong.coefficients[0]![1]!)).toBeLessThan(Math.abs(model.coefficients[0]![1]!) / 10);
  });
});
